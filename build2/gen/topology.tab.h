/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison interface for Yacc-like parsers in C

   Copyright (C) 1984, 1989-1990, 2000-2015, 2018-2021 Free Software Foundation,
   Inc.

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

/* As a special exception, you may create a larger work that contains
   part or all of the Bison parser skeleton and distribute that work
   under terms of your choice, so long as that work isn't itself a
   parser generator using the skeleton or a modified version thereof
   as a parser skeleton.  Alternatively, if you modify or redistribute
   the parser skeleton itself, you may (at your option) remove this
   special exception, which will cause the skeleton and the resulting
   Bison output files to be licensed under the GNU General Public
   License without this special exception.

   This special exception was added by the Free Software Foundation in
   version 2.2 of Bison.  */

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

#ifndef YY_TOPOLOGY_BUILD2_GEN_TOPOLOGY_TAB_H_INCLUDED
# define YY_TOPOLOGY_BUILD2_GEN_TOPOLOGY_TAB_H_INCLUDED
/* Debug traces.  */
#ifndef TOPOLOGY_DEBUG
# if defined YYDEBUG
#if YYDEBUG
#   define TOPOLOGY_DEBUG 1
#  else
#   define TOPOLOGY_DEBUG 0
#  endif
# else /* ! defined YYDEBUG */
#  define TOPOLOGY_DEBUG 0
# endif /* ! defined YYDEBUG */
#endif  /* ! defined TOPOLOGY_DEBUG */
#if TOPOLOGY_DEBUG
extern int topology_debug;
#endif
/* "%code requires" blocks.  */
#line 19 "grammar/topology.y"

#include <stdbool.h>

#include "grammar.h"
#include "topo_build.h"

#line 64 "build2/gen/topology.tab.h"

/* Token kinds.  */
#ifndef TOPOLOGY_TOKENTYPE
# define TOPOLOGY_TOKENTYPE
  enum topology_tokentype
  {
    TOPOLOGY_EMPTY = -2,
    TOPOLOGY_EOF = 0,              /* "end of file"  */
    TOPOLOGY_error = 256,          /* error  */
    TOPOLOGY_UNDEF = 257,          /* "invalid token"  */
    EXCHANGE = 258,                /* "exchange"  */
    RULESET = 259,                 /* "ruleset"  */
    ZONE = 260,                    /* "zone"  */
    SITE = 261,                    /* "site"  */
    SERVER = 262,                  /* "server"  */
    CLIENTS = 263,                 /* "clients"  */
    SMTP = 264,                    /* "smtp"  */
    CONNECTOR = 265,               /* "connector"  */
    VIA = 266,                     /* "via"  */
    FROM = 267,                    /* "from"  */
    TO = 268,                      /* "to"  */
    ANY = 269,                     /* "any"  */
    FIREWALL = 270,                /* "firewall"  */
    FILE_ = 271,                   /* "file"  */
    FORMAT = 272,                  /* "format"  */
    HOST = 273,                    /* "host"  */
    INTERFACE = 274,               /* "interface"  */
    ACL_IN = 275,                  /* "acl-in"  */
    ACL_OUT = 276,                 /* "acl-out"  */
    NEED = 277,                    /* "need"  */
    PORT = 278,                    /* "port"  */
    SINCE = 279,                   /* "since"  */
    KB = 280,                      /* "kb"  */
    REGISTRY = 281,                /* "registry"  */
    DYNAMIC = 282,                 /* "dynamic"  */
    DEFAULT = 283,                 /* "default"  */
    REVERSE = 284,                 /* "reverse"  */
    TCP = 285,                     /* "tcp"  */
    UDP = 286,                     /* "udp"  */
    NAME = 287,                    /* "name"  */
    STRING = 288,                  /* "string"  */
    NUM = 289,                     /* "number"  */
    VERNUM = 290,                  /* "version"  */
    ADDR = 291,                    /* "address"  */
    RAWNAME = 292                  /* "interface name"  */
  };
  typedef enum topology_tokentype topology_token_kind_t;
#endif

/* Value type.  */
#if ! defined TOPOLOGY_STYPE && ! defined TOPOLOGY_STYPE_IS_DECLARED
union TOPOLOGY_STYPE
{
#line 42 "grammar/topology.y"

	char *str;
	tb_list *list;
	int num;
	bool flag;

#line 125 "build2/gen/topology.tab.h"

};
typedef union TOPOLOGY_STYPE TOPOLOGY_STYPE;
# define TOPOLOGY_STYPE_IS_TRIVIAL 1
# define TOPOLOGY_STYPE_IS_DECLARED 1
#endif

/* Location type.  */
typedef srcloc TOPOLOGY_LTYPE;




int topology_parse (yyscan_t scanner, topo_build *b);


#endif /* !YY_TOPOLOGY_BUILD2_GEN_TOPOLOGY_TAB_H_INCLUDED  */
