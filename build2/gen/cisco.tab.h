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

#ifndef YY_CISCOY_BUILD2_GEN_CISCO_TAB_H_INCLUDED
# define YY_CISCOY_BUILD2_GEN_CISCO_TAB_H_INCLUDED
/* Debug traces.  */
#ifndef CISCOY_DEBUG
# if defined YYDEBUG
#if YYDEBUG
#   define CISCOY_DEBUG 1
#  else
#   define CISCOY_DEBUG 0
#  endif
# else /* ! defined YYDEBUG */
#  define CISCOY_DEBUG 0
# endif /* ! defined YYDEBUG */
#endif  /* ! defined CISCOY_DEBUG */
#if CISCOY_DEBUG
extern int ciscoy_debug;
#endif
/* "%code requires" blocks.  */
#line 57 "grammar/cisco.y"

#include "cisco_build.h"
#include "grammar.h"

#line 62 "build2/gen/cisco.tab.h"

/* Token kinds.  */
#ifndef CISCOY_TOKENTYPE
# define CISCOY_TOKENTYPE
  enum ciscoy_tokentype
  {
    CISCOY_EMPTY = -2,
    CISCOY_EOF = 0,                /* "end of file"  */
    CISCOY_error = 256,            /* error  */
    CISCOY_UNDEF = 257,            /* "invalid token"  */
    NL = 258,                      /* "end of line"  */
    WORD = 259,                    /* "word"  */
    NUMBER = 260,                  /* "number"  */
    ADDR = 261,                    /* "address"  */
    PREFIX = 262,                  /* "prefix"  */
    LEXERR = 263,                  /* "invalid input"  */
    SUB_ACL = 264,                 /* "access-list entry"  */
    SUB_OG = 265,                  /* "object line"  */
    SUB_IF = 266,                  /* "interface line"  */
    NAT_LINE = 267,                /* "nat"  */
    SUB_NAT = 268,                 /* "object nat"  */
    IPNAT_LINE = 269,              /* "ip nat"  */
    ACCESS_GROUP = 270,            /* "access-group"  */
    ACCESS_LIST = 271,             /* "access-list"  */
    ANY = 272,                     /* "any"  */
    ANY4 = 273,                    /* "any4"  */
    ANY6 = 274,                    /* "any6"  */
    CLEAR = 275,                   /* "clear"  */
    CONFIGURE = 276,               /* "configure"  */
    DENY = 277,                    /* "deny"  */
    DESCRIPTION = 278,             /* "description"  */
    EQ = 279,                      /* "eq"  */
    EXTENDED = 280,                /* "extended"  */
    FQDN = 281,                    /* "fqdn"  */
    GLOBAL = 282,                  /* "global"  */
    GROUP_OBJECT = 283,            /* "group-object"  */
    GT = 284,                      /* "gt"  */
    HOST = 285,                    /* "host"  */
    HOSTNAME = 286,                /* "hostname"  */
    ICMP_OBJECT = 287,             /* "icmp-object"  */
    ICMP_TYPE = 288,               /* "icmp-type"  */
    IN = 289,                      /* "in"  */
    INSPECT = 290,                 /* "inspect"  */
    INTER_IF = 291,                /* "inter-interface"  */
    INTERFACE = 292,               /* "interface"  */
    INTRA_IF = 293,                /* "intra-interface"  */
    KW_IP = 294,                   /* "ip"  */
    LINE = 295,                    /* "line"  */
    LT = 296,                      /* "lt"  */
    NAMEIF = 297,                  /* "nameif"  */
    NEQ = 298,                     /* "neq"  */
    NETWORK = 299,                 /* "network"  */
    NETWORK_OBJECT = 300,          /* "network-object"  */
    NO = 301,                      /* "no"  */
    OBJECT = 302,                  /* "object"  */
    OBJECT_GROUP = 303,            /* "object-group"  */
    OUT = 304,                     /* "out"  */
    PERMIT = 305,                  /* "permit"  */
    PORT_OBJECT = 306,             /* "port-object"  */
    PROTOCOL = 307,                /* "protocol"  */
    PROTOCOL_OBJECT = 308,         /* "protocol-object"  */
    RANGE = 309,                   /* "range"  */
    REMARK = 310,                  /* "remark"  */
    SAME_SECURITY = 311,           /* "same-security-traffic"  */
    SECURITY_LEVEL = 312,          /* "security-level"  */
    SERVICE = 313,                 /* "service"  */
    SERVICE_OBJECT = 314,          /* "service-object"  */
    STANDARD = 315,                /* "standard"  */
    SUBNET = 316,                  /* "subnet"  */
    KW_IPV6 = 317,                 /* "ipv6"  */
    TRAFFIC_FILTER = 318,          /* "traffic-filter"  */
    LONE = 319                     /* LONE  */
  };
  typedef enum ciscoy_tokentype ciscoy_token_kind_t;
#endif

/* Value type.  */
#if ! defined CISCOY_STYPE && ! defined CISCOY_STYPE_IS_DECLARED
union CISCOY_STYPE
{
#line 93 "grammar/cisco.y"

	char *str;
	cisco_elem *elem;
	int num;

#line 149 "build2/gen/cisco.tab.h"

};
typedef union CISCOY_STYPE CISCOY_STYPE;
# define CISCOY_STYPE_IS_TRIVIAL 1
# define CISCOY_STYPE_IS_DECLARED 1
#endif

/* Location type.  */
typedef srcloc CISCOY_LTYPE;




int ciscoy_parse (yyscan_t scanner, struct cisco_ctx *ctx);

/* "%code provides" blocks.  */
#line 62 "grammar/cisco.y"

int ciscoy_lex(CISCOY_STYPE *yylval, srcloc *yylloc, yyscan_t scanner);
int cisco_scan_block(void *scanner);
/* The last word scanned on the line, for "expected more after X". */
const char *cisco_scan_last_word(void *scanner);

#line 173 "build2/gen/cisco.tab.h"

#endif /* !YY_CISCOY_BUILD2_GEN_CISCO_TAB_H_INCLUDED  */
