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

#ifndef YY_CISCOY_BUILD_SCAN_GEN_CISCO_TAB_H_INCLUDED
# define YY_CISCOY_BUILD_SCAN_GEN_CISCO_TAB_H_INCLUDED
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
#line 51 "grammar/cisco.y"

#include "cisco_build.h"
#include "srcloc.h"

#ifndef YY_TYPEDEF_YY_SCANNER_T
#define YY_TYPEDEF_YY_SCANNER_T
typedef void *yyscan_t;
#endif

#define YYLLOC_DEFAULT(Cur, Rhs, N)                                     \
	do {                                                            \
		if (N) {                                                \
			(Cur) = YYRHSLOC(Rhs, 1);                       \
			(Cur).end_line = YYRHSLOC(Rhs, N).end_line;     \
			(Cur).end_col = YYRHSLOC(Rhs, N).end_col;       \
		} else {                                                \
			(Cur) = YYRHSLOC(Rhs, 0);                       \
			(Cur).line = (Cur).end_line;                    \
			(Cur).col = (Cur).end_col + 1;                  \
		}                                                       \
	} while (0)

#line 80 "build-scan/gen/cisco.tab.h"

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
    ACCESS_GROUP = 267,            /* "access-group"  */
    ACCESS_LIST = 268,             /* "access-list"  */
    ANY = 269,                     /* "any"  */
    ANY4 = 270,                    /* "any4"  */
    ANY6 = 271,                    /* "any6"  */
    CLEAR = 272,                   /* "clear"  */
    CONFIGURE = 273,               /* "configure"  */
    DENY = 274,                    /* "deny"  */
    DESCRIPTION = 275,             /* "description"  */
    EQ = 276,                      /* "eq"  */
    EXTENDED = 277,                /* "extended"  */
    FQDN = 278,                    /* "fqdn"  */
    GLOBAL = 279,                  /* "global"  */
    GROUP_OBJECT = 280,            /* "group-object"  */
    GT = 281,                      /* "gt"  */
    HOST = 282,                    /* "host"  */
    HOSTNAME = 283,                /* "hostname"  */
    ICMP_OBJECT = 284,             /* "icmp-object"  */
    ICMP_TYPE = 285,               /* "icmp-type"  */
    IN = 286,                      /* "in"  */
    INSPECT = 287,                 /* "inspect"  */
    INTER_IF = 288,                /* "inter-interface"  */
    INTERFACE = 289,               /* "interface"  */
    INTRA_IF = 290,                /* "intra-interface"  */
    KW_IP = 291,                   /* "ip"  */
    LINE = 292,                    /* "line"  */
    LT = 293,                      /* "lt"  */
    NAMEIF = 294,                  /* "nameif"  */
    NEQ = 295,                     /* "neq"  */
    NETWORK = 296,                 /* "network"  */
    NETWORK_OBJECT = 297,          /* "network-object"  */
    NO = 298,                      /* "no"  */
    OBJECT = 299,                  /* "object"  */
    OBJECT_GROUP = 300,            /* "object-group"  */
    OUT = 301,                     /* "out"  */
    PERMIT = 302,                  /* "permit"  */
    PORT_OBJECT = 303,             /* "port-object"  */
    PROTOCOL = 304,                /* "protocol"  */
    PROTOCOL_OBJECT = 305,         /* "protocol-object"  */
    RANGE = 306,                   /* "range"  */
    REMARK = 307,                  /* "remark"  */
    SAME_SECURITY = 308,           /* "same-security-traffic"  */
    SECURITY_LEVEL = 309,          /* "security-level"  */
    SERVICE = 310,                 /* "service"  */
    SERVICE_OBJECT = 311,          /* "service-object"  */
    STANDARD = 312,                /* "standard"  */
    SUBNET = 313,                  /* "subnet"  */
    LONE = 314                     /* LONE  */
  };
  typedef enum ciscoy_tokentype ciscoy_token_kind_t;
#endif

/* Value type.  */
#if ! defined CISCOY_STYPE && ! defined CISCOY_STYPE_IS_DECLARED
union CISCOY_STYPE
{
#line 101 "grammar/cisco.y"

	char *str;
	cisco_elem *elem;
	int num;

#line 162 "build-scan/gen/cisco.tab.h"

};
typedef union CISCOY_STYPE CISCOY_STYPE;
# define CISCOY_STYPE_IS_TRIVIAL 1
# define CISCOY_STYPE_IS_DECLARED 1
#endif

/* Location type.  */
typedef srcloc CISCOY_LTYPE;




int ciscoy_parse (yyscan_t scanner, struct cisco_ctx *ctx);

/* "%code provides" blocks.  */
#line 74 "grammar/cisco.y"

int ciscoy_lex(CISCOY_STYPE *yylval, srcloc *yylloc, yyscan_t scanner);
int cisco_scan_block(void *scanner);

#line 184 "build-scan/gen/cisco.tab.h"

#endif /* !YY_CISCOY_BUILD_SCAN_GEN_CISCO_TAB_H_INCLUDED  */
