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

#ifndef YY_IPTY_BUILD2_GEN_IPTABLES_TAB_H_INCLUDED
# define YY_IPTY_BUILD2_GEN_IPTABLES_TAB_H_INCLUDED
/* Debug traces.  */
#ifndef IPTY_DEBUG
# if defined YYDEBUG
#if YYDEBUG
#   define IPTY_DEBUG 1
#  else
#   define IPTY_DEBUG 0
#  endif
# else /* ! defined YYDEBUG */
#  define IPTY_DEBUG 0
# endif /* ! defined YYDEBUG */
#endif  /* ! defined IPTY_DEBUG */
#if IPTY_DEBUG
extern int ipty_debug;
#endif
/* "%code requires" blocks.  */
#line 21 "grammar/iptables.y"

#include "grammar.h"
#include "ipt_build.h"

#line 62 "build2/gen/iptables.tab.h"

/* Token kinds.  */
#ifndef IPTY_TOKENTYPE
# define IPTY_TOKENTYPE
  enum ipty_tokentype
  {
    IPTY_EMPTY = -2,
    IPTY_EOF = 0,                  /* "end of file"  */
    IPTY_error = 256,              /* error  */
    IPTY_UNDEF = 257,              /* "invalid token"  */
    NL = 258,                      /* "end of line"  */
    TABLE = 259,                   /* "table"  */
    CHAIN = 260,                   /* "chain declaration"  */
    COMMIT = 261,                  /* "'COMMIT'"  */
    COUNTERS = 262,                /* "'[packets:bytes]'"  */
    OPTION = 263,                  /* "option"  */
    NOT = 264,                     /* "'!' before an option"  */
    BANG = 265,                    /* "'!'"  */
    WORD = 266,                    /* "argument"  */
    LEXERR = 267                   /* "invalid input"  */
  };
  typedef enum ipty_tokentype ipty_token_kind_t;
#endif

/* Value type.  */
#if ! defined IPTY_STYPE && ! defined IPTY_STYPE_IS_DECLARED
union IPTY_STYPE
{
#line 46 "grammar/iptables.y"

	char *str;
	ipt_args *args;
	ipt_span span;

#line 97 "build2/gen/iptables.tab.h"

};
typedef union IPTY_STYPE IPTY_STYPE;
# define IPTY_STYPE_IS_TRIVIAL 1
# define IPTY_STYPE_IS_DECLARED 1
#endif

/* Location type.  */
typedef srcloc IPTY_LTYPE;




int ipty_parse (yyscan_t scanner, struct ipt_ctx *ctx);

/* "%code provides" blocks.  */
#line 26 "grammar/iptables.y"

int ipty_lex(IPTY_STYPE *yylval, srcloc *yylloc, yyscan_t scanner);

#line 118 "build2/gen/iptables.tab.h"

#endif /* !YY_IPTY_BUILD2_GEN_IPTABLES_TAB_H_INCLUDED  */
