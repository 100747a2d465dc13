/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison implementation for Yacc-like parsers in C

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

/* C LALR(1) parser skeleton written by Richard Stallman, by
   simplifying the original so-called "semantic" parser.  */

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

/* All symbols defined below should begin with yy or YY, to avoid
   infringing on user name space.  This should be done even for local
   variables, as they might otherwise be expanded by user macros.
   There are some unavoidable exceptions within include files to
   define necessary library symbols; they are noted "INFRINGES ON
   USER NAME SPACE" below.  */

/* Identify Bison output, and Bison version.  */
#define YYBISON 30802

/* Bison version string.  */
#define YYBISON_VERSION "3.8.2"

/* Skeleton name.  */
#define YYSKELETON_NAME "yacc.c"

/* Pure parsers.  */
#define YYPURE 2

/* Push parsers.  */
#define YYPUSH 0

/* Pull parsers.  */
#define YYPULL 1

/* Substitute the type names.  */
#define YYSTYPE         PFY_STYPE
#define YYLTYPE         PFY_LTYPE
/* Substitute the variable and function names.  */
#define yyparse         pfy_parse
#define yylex           pfy_lex
#define yyerror         pfy_error
#define yydebug         pfy_debug
#define yynerrs         pfy_nerrs


# ifndef YY_CAST
#  ifdef __cplusplus
#   define YY_CAST(Type, Val) static_cast<Type> (Val)
#   define YY_REINTERPRET_CAST(Type, Val) reinterpret_cast<Type> (Val)
#  else
#   define YY_CAST(Type, Val) ((Type) (Val))
#   define YY_REINTERPRET_CAST(Type, Val) ((Type) (Val))
#  endif
# endif
# ifndef YY_NULLPTR
#  if defined __cplusplus
#   if 201103L <= __cplusplus
#    define YY_NULLPTR nullptr
#   else
#    define YY_NULLPTR 0
#   endif
#  else
#   define YY_NULLPTR ((void*)0)
#  endif
# endif

#include "pf.tab.h"
/* Symbol kind.  */
enum yysymbol_kind_t
{
  YYSYMBOL_YYEMPTY = -2,
  YYSYMBOL_YYEOF = 0,                      /* "end of file"  */
  YYSYMBOL_YYerror = 1,                    /* error  */
  YYSYMBOL_YYUNDEF = 2,                    /* "invalid token"  */
  YYSYMBOL_NL = 3,                         /* "end of line"  */
  YYSYMBOL_STRING = 4,                     /* "word"  */
  YYSYMBOL_NUMBER = 5,                     /* "number"  */
  YYSYMBOL_PORTBINARY = 6,                 /* "'><' or '<>'"  */
  YYSYMBOL_ARROW = 7,                      /* "'->'"  */
  YYSYMBOL_LEXERR = 8,                     /* "invalid input"  */
  YYSYMBOL_AFTO = 9,                       /* AFTO  */
  YYSYMBOL_ALL = 10,                       /* ALL  */
  YYSYMBOL_ALLOWOPTS = 11,                 /* ALLOWOPTS  */
  YYSYMBOL_ALTQ = 12,                      /* ALTQ  */
  YYSYMBOL_ANCHOR = 13,                    /* ANCHOR  */
  YYSYMBOL_ANTISPOOF = 14,                 /* ANTISPOOF  */
  YYSYMBOL_ANY = 15,                       /* ANY  */
  YYSYMBOL_BANDWIDTH = 16,                 /* BANDWIDTH  */
  YYSYMBOL_BINAT = 17,                     /* BINAT  */
  YYSYMBOL_BINATANCHOR = 18,               /* BINATANCHOR  */
  YYSYMBOL_BINATTO = 19,                   /* BINATTO  */
  YYSYMBOL_BITMASK = 20,                   /* BITMASK  */
  YYSYMBOL_BLOCK = 21,                     /* BLOCK  */
  YYSYMBOL_BLOCKPOLICY = 22,               /* BLOCKPOLICY  */
  YYSYMBOL_BURST = 23,                     /* BURST  */
  YYSYMBOL_CBQ = 24,                       /* CBQ  */
  YYSYMBOL_CODE = 25,                      /* CODE  */
  YYSYMBOL_CONST = 26,                     /* CONST  */
  YYSYMBOL_COUNTERS = 27,                  /* COUNTERS  */
  YYSYMBOL_DEBUG = 28,                     /* DEBUG  */
  YYSYMBOL_DEFAULT = 29,                   /* DEFAULT  */
  YYSYMBOL_DELAY = 30,                     /* DELAY  */
  YYSYMBOL_DIVERTPACKET = 31,              /* DIVERTPACKET  */
  YYSYMBOL_DIVERTREPLY = 32,               /* DIVERTREPLY  */
  YYSYMBOL_DIVERTTO = 33,                  /* DIVERTTO  */
  YYSYMBOL_DROP = 34,                      /* DROP  */
  YYSYMBOL_DUPTO = 35,                     /* DUPTO  */
  YYSYMBOL_FAIRQ = 36,                     /* FAIRQ  */
  YYSYMBOL_FASTROUTE = 37,                 /* FASTROUTE  */
  YYSYMBOL_FILENAME = 38,                  /* FILENAME  */
  YYSYMBOL_FINGERPRINTS = 39,              /* FINGERPRINTS  */
  YYSYMBOL_FLAGS = 40,                     /* FLAGS  */
  YYSYMBOL_FLOATING = 41,                  /* FLOATING  */
  YYSYMBOL_FLOWS = 42,                     /* FLOWS  */
  YYSYMBOL_FLUSH = 43,                     /* FLUSH  */
  YYSYMBOL_FOR = 44,                       /* FOR  */
  YYSYMBOL_FRAGMENT = 45,                  /* FRAGMENT  */
  YYSYMBOL_FROM = 46,                      /* FROM  */
  YYSYMBOL_GLOBAL = 47,                    /* GLOBAL  */
  YYSYMBOL_GROUP = 48,                     /* GROUP  */
  YYSYMBOL_HFSC = 49,                      /* HFSC  */
  YYSYMBOL_HOSTID = 50,                    /* HOSTID  */
  YYSYMBOL_ICMPTYPE = 51,                  /* ICMPTYPE  */
  YYSYMBOL_ICMP6TYPE = 52,                 /* ICMP6TYPE  */
  YYSYMBOL_IFBOUND = 53,                   /* IFBOUND  */
  YYSYMBOL_IN = 54,                        /* IN  */
  YYSYMBOL_INCLUDE = 55,                   /* INCLUDE  */
  YYSYMBOL_INET = 56,                      /* INET  */
  YYSYMBOL_INET6 = 57,                     /* INET6  */
  YYSYMBOL_KEEP = 58,                      /* KEEP  */
  YYSYMBOL_LABEL = 59,                     /* LABEL  */
  YYSYMBOL_LEASTSTATES = 60,               /* LEASTSTATES  */
  YYSYMBOL_LIMIT = 61,                     /* LIMIT  */
  YYSYMBOL_LOAD = 62,                      /* LOAD  */
  YYSYMBOL_LOG = 63,                       /* LOG  */
  YYSYMBOL_LOGINTERFACE = 64,              /* LOGINTERFACE  */
  YYSYMBOL_MATCH = 65,                     /* MATCH  */
  YYSYMBOL_MATCHES = 66,                   /* MATCHES  */
  YYSYMBOL_MAXIMUM = 67,                   /* MAXIMUM  */
  YYSYMBOL_MAXMSS = 68,                    /* MAXMSS  */
  YYSYMBOL_MAXPKTRATE = 69,                /* MAXPKTRATE  */
  YYSYMBOL_MAXSRCCONN = 70,                /* MAXSRCCONN  */
  YYSYMBOL_MAXSRCCONNRATE = 71,            /* MAXSRCCONNRATE  */
  YYSYMBOL_MAXSRCNODES = 72,               /* MAXSRCNODES  */
  YYSYMBOL_MAXSRCSTATES = 73,              /* MAXSRCSTATES  */
  YYSYMBOL_MINIMUM = 74,                   /* MINIMUM  */
  YYSYMBOL_MINTTL = 75,                    /* MINTTL  */
  YYSYMBOL_MODULATE = 76,                  /* MODULATE  */
  YYSYMBOL_NAT = 77,                       /* NAT  */
  YYSYMBOL_NATANCHOR = 78,                 /* NATANCHOR  */
  YYSYMBOL_NATTO = 79,                     /* NATTO  */
  YYSYMBOL_NO = 80,                        /* NO  */
  YYSYMBOL_NODF = 81,                      /* NODF  */
  YYSYMBOL_NOROUTE = 82,                   /* NOROUTE  */
  YYSYMBOL_NOSYNC = 83,                    /* NOSYNC  */
  YYSYMBOL_ON = 84,                        /* ON  */
  YYSYMBOL_OPTIMIZATION = 85,              /* OPTIMIZATION  */
  YYSYMBOL_OS = 86,                        /* OS  */
  YYSYMBOL_OUT = 87,                       /* OUT  */
  YYSYMBOL_OVERLOAD = 88,                  /* OVERLOAD  */
  YYSYMBOL_PARENT = 89,                    /* PARENT  */
  YYSYMBOL_PASS = 90,                      /* PASS  */
  YYSYMBOL_PERSIST = 91,                   /* PERSIST  */
  YYSYMBOL_PFLOW = 92,                     /* PFLOW  */
  YYSYMBOL_PORT = 93,                      /* PORT  */
  YYSYMBOL_PRIO = 94,                      /* PRIO  */
  YYSYMBOL_PRIORITY = 95,                  /* PRIORITY  */
  YYSYMBOL_PRIQ = 96,                      /* PRIQ  */
  YYSYMBOL_PROBABILITY = 97,               /* PROBABILITY  */
  YYSYMBOL_PROTO = 98,                     /* PROTO  */
  YYSYMBOL_QLIMIT = 99,                    /* QLIMIT  */
  YYSYMBOL_QUANTUM = 100,                  /* QUANTUM  */
  YYSYMBOL_QUEUE = 101,                    /* QUEUE  */
  YYSYMBOL_QUICK = 102,                    /* QUICK  */
  YYSYMBOL_RANDOM = 103,                   /* RANDOM  */
  YYSYMBOL_RANDOMID = 104,                 /* RANDOMID  */
  YYSYMBOL_RDOMAIN = 105,                  /* RDOMAIN  */
  YYSYMBOL_RDR = 106,                      /* RDR  */
  YYSYMBOL_RDRANCHOR = 107,                /* RDRANCHOR  */
  YYSYMBOL_RDRTO = 108,                    /* RDRTO  */
  YYSYMBOL_REASSEMBLE = 109,               /* REASSEMBLE  */
  YYSYMBOL_RECEIVEDON = 110,               /* RECEIVEDON  */
  YYSYMBOL_REPLYTO = 111,                  /* REPLYTO  */
  YYSYMBOL_REQUIREORDER = 112,             /* REQUIREORDER  */
  YYSYMBOL_RETURN = 113,                   /* RETURN  */
  YYSYMBOL_RETURNICMP = 114,               /* RETURNICMP  */
  YYSYMBOL_RETURNICMP6 = 115,              /* RETURNICMP6  */
  YYSYMBOL_RETURNRST = 116,                /* RETURNRST  */
  YYSYMBOL_ROUNDROBIN = 117,               /* ROUNDROBIN  */
  YYSYMBOL_ROUTETO = 118,                  /* ROUTETO  */
  YYSYMBOL_RTABLE = 119,                   /* RTABLE  */
  YYSYMBOL_RULE = 120,                     /* RULE  */
  YYSYMBOL_RULESETOPTIMIZATION = 121,      /* RULESETOPTIMIZATION  */
  YYSYMBOL_SCRUB = 122,                    /* SCRUB  */
  YYSYMBOL_SET = 123,                      /* SET  */
  YYSYMBOL_SETTOS = 124,                   /* SETTOS  */
  YYSYMBOL_SKIP = 125,                     /* SKIP  */
  YYSYMBOL_SLOPPY = 126,                   /* SLOPPY  */
  YYSYMBOL_SOURCEHASH = 127,               /* SOURCEHASH  */
  YYSYMBOL_SOURCETRACK = 128,              /* SOURCETRACK  */
  YYSYMBOL_STATE = 129,                    /* STATE  */
  YYSYMBOL_STATEDEFAULTS = 130,            /* STATEDEFAULTS  */
  YYSYMBOL_STATEPOLICY = 131,              /* STATEPOLICY  */
  YYSYMBOL_STATICPORT = 132,               /* STATICPORT  */
  YYSYMBOL_STICKYADDRESS = 133,            /* STICKYADDRESS  */
  YYSYMBOL_SYNCOOKIES = 134,               /* SYNCOOKIES  */
  YYSYMBOL_SYNPROXY = 135,                 /* SYNPROXY  */
  YYSYMBOL_TABLE = 136,                    /* TABLE  */
  YYSYMBOL_TAG = 137,                      /* TAG  */
  YYSYMBOL_TAGGED = 138,                   /* TAGGED  */
  YYSYMBOL_TBRSIZE = 139,                  /* TBRSIZE  */
  YYSYMBOL_TIMEOUT = 140,                  /* TIMEOUT  */
  YYSYMBOL_TO = 141,                       /* TO  */
  YYSYMBOL_TOS = 142,                      /* TOS  */
  YYSYMBOL_TTL = 143,                      /* TTL  */
  YYSYMBOL_URPFFAILED = 144,               /* URPFFAILED  */
  YYSYMBOL_USER = 145,                     /* USER  */
  YYSYMBOL_ONCE = 146,                     /* ONCE  */
  YYSYMBOL_ROUTE = 147,                    /* ROUTE  */
  YYSYMBOL_LOWPREC = 148,                  /* LOWPREC  */
  YYSYMBOL_149_ = 149,                     /* '='  */
  YYSYMBOL_150_ = 150,                     /* '@'  */
  YYSYMBOL_151_ = 151,                     /* ','  */
  YYSYMBOL_152_ = 152,                     /* '<'  */
  YYSYMBOL_153_ = 153,                     /* '>'  */
  YYSYMBOL_154_ = 154,                     /* '{'  */
  YYSYMBOL_155_ = 155,                     /* '}'  */
  YYSYMBOL_156_ = 156,                     /* '('  */
  YYSYMBOL_157_ = 157,                     /* ')'  */
  YYSYMBOL_158_ = 158,                     /* '!'  */
  YYSYMBOL_159_ = 159,                     /* '/'  */
  YYSYMBOL_160_ = 160,                     /* '-'  */
  YYSYMBOL_YYACCEPT = 161,                 /* $accept  */
  YYSYMBOL_input = 162,                    /* input  */
  YYSYMBOL_line = 163,                     /* line  */
  YYSYMBOL_stmt = 164,                     /* stmt  */
  YYSYMBOL_include = 165,                  /* include  */
  YYSYMBOL_words = 166,                    /* words  */
  YYSYMBOL_word = 167,                     /* word  */
  YYSYMBOL_string = 168,                   /* string  */
  YYSYMBOL_comma = 169,                    /* comma  */
  YYSYMBOL_lsep = 170,                     /* lsep  */
  YYSYMBOL_table = 171,                    /* table  */
  YYSYMBOL_172_1 = 172,                    /* $@1  */
  YYSYMBOL_table_opts = 173,               /* table_opts  */
  YYSYMBOL_table_opt = 174,                /* table_opt  */
  YYSYMBOL_set = 175,                      /* set  */
  YYSYMBOL_value = 176,                    /* value  */
  YYSYMBOL_value_list = 177,               /* value_list  */
  YYSYMBOL_arg_words = 178,                /* arg_words  */
  YYSYMBOL_queue = 179,                    /* queue  */
  YYSYMBOL_180_2 = 180,                    /* $@2  */
  YYSYMBOL_queue_opts = 181,               /* queue_opts  */
  YYSYMBOL_queue_opt = 182,                /* queue_opt  */
  YYSYMBOL_queue_burst = 183,              /* queue_burst  */
  YYSYMBOL_bw = 184,                       /* bw  */
  YYSYMBOL_scheduler = 185,                /* scheduler  */
  YYSYMBOL_sched_args = 186,               /* sched_args  */
  YYSYMBOL_sched_words = 187,              /* sched_words  */
  YYSYMBOL_sched_word = 188,               /* sched_word  */
  YYSYMBOL_altq = 189,                     /* altq  */
  YYSYMBOL_190_3 = 190,                    /* $@3  */
  YYSYMBOL_altq_queue = 191,               /* altq_queue  */
  YYSYMBOL_word_list = 192,                /* word_list  */
  YYSYMBOL_word_item = 193,                /* word_item  */
  YYSYMBOL_if_spec = 194,                  /* if_spec  */
  YYSYMBOL_if_list = 195,                  /* if_list  */
  YYSYMBOL_if_item = 196,                  /* if_item  */
  YYSYMBOL_host_spec = 197,                /* host_spec  */
  YYSYMBOL_host_list = 198,                /* host_list  */
  YYSYMBOL_xhost = 199,                    /* xhost  */
  YYSYMBOL_host = 200,                     /* host  */
  YYSYMBOL_port_spec = 201,                /* port_spec  */
  YYSYMBOL_port_list = 202,                /* port_list  */
  YYSYMBOL_port_item = 203,                /* port_item  */
  YYSYMBOL_unaryop = 204,                  /* unaryop  */
  YYSYMBOL_id_spec = 205,                  /* id_spec  */
  YYSYMBOL_id_list = 206,                  /* id_list  */
  YYSYMBOL_id_item = 207,                  /* id_item  */
  YYSYMBOL_proto_list = 208,               /* proto_list  */
  YYSYMBOL_proto_item = 209,               /* proto_item  */
  YYSYMBOL_icmp_list = 210,                /* icmp_list  */
  YYSYMBOL_icmp_item = 211,                /* icmp_item  */
  YYSYMBOL_rule = 212,                     /* rule  */
  YYSYMBOL_213_4 = 213,                    /* $@4  */
  YYSYMBOL_214_5 = 214,                    /* $@5  */
  YYSYMBOL_215_6 = 215,                    /* $@6  */
  YYSYMBOL_xlate_action = 216,             /* xlate_action  */
  YYSYMBOL_xanchor_action = 217,           /* xanchor_action  */
  YYSYMBOL_arrow_opt = 218,                /* arrow_opt  */
  YYSYMBOL_anchorname_opt = 219,           /* anchorname_opt  */
  YYSYMBOL_anchorname = 220,               /* anchorname  */
  YYSYMBOL_anchor_body = 221,              /* anchor_body  */
  YYSYMBOL_222_7 = 222,                    /* $@7  */
  YYSYMBOL_anchor_lines = 223,             /* anchor_lines  */
  YYSYMBOL_anchor_stmt = 224,              /* anchor_stmt  */
  YYSYMBOL_action = 225,                   /* action  */
  YYSYMBOL_226_8 = 226,                    /* $@8  */
  YYSYMBOL_block_kind = 227,               /* block_kind  */
  YYSYMBOL_codes = 228,                    /* codes  */
  YYSYMBOL_rule_head = 229,                /* rule_head  */
  YYSYMBOL_dir = 230,                      /* dir  */
  YYSYMBOL_logquick = 231,                 /* logquick  */
  YYSYMBOL_log = 232,                      /* log  */
  YYSYMBOL_log_opts = 233,                 /* log_opts  */
  YYSYMBOL_log_opt = 234,                  /* log_opt  */
  YYSYMBOL_on = 235,                       /* on  */
  YYSYMBOL_route = 236,                    /* route  */
  YYSYMBOL_af = 237,                       /* af  */
  YYSYMBOL_proto = 238,                    /* proto  */
  YYSYMBOL_fromto = 239,                   /* fromto  */
  YYSYMBOL_from = 240,                     /* from  */
  YYSYMBOL_os = 241,                       /* os  */
  YYSYMBOL_to = 242,                       /* to  */
  YYSYMBOL_rule_opts = 243,                /* rule_opts  */
  YYSYMBOL_rule_opt = 244,                 /* rule_opt  */
  YYSYMBOL_set_opt_list = 245,             /* set_opt_list  */
  YYSYMBOL_set_opt = 246,                  /* set_opt  */
  YYSYMBOL_pool = 247,                     /* pool  */
  YYSYMBOL_port_opt = 248,                 /* port_opt  */
  YYSYMBOL_pool_opts = 249,                /* pool_opts  */
  YYSYMBOL_pool_opt = 250,                 /* pool_opt  */
  YYSYMBOL_state_opt_spec = 251,           /* state_opt_spec  */
  YYSYMBOL_state_opt_list = 252,           /* state_opt_list  */
  YYSYMBOL_state_opt = 253,                /* state_opt  */
  YYSYMBOL_scrub_opts = 254,               /* scrub_opts  */
  YYSYMBOL_scrub_opt = 255,                /* scrub_opt  */
  YYSYMBOL_scrub_plain = 256,              /* scrub_plain  */
  YYSYMBOL_antispoof = 257,                /* antispoof  */
  YYSYMBOL_258_9 = 258,                    /* $@9  */
  YYSYMBOL_259_10 = 259,                   /* $@10  */
  YYSYMBOL_antispoof_if = 260,             /* antispoof_if  */
  YYSYMBOL_antispoof_opts = 261,           /* antispoof_opts  */
  YYSYMBOL_antispoof_tail = 262            /* antispoof_tail  */
};
typedef enum yysymbol_kind_t yysymbol_kind_t;



/* Unqualified %code blocks.  */
#line 54 "grammar/pf.y"

#include <stdio.h>
#include <string.h>

char *pfy_get_text(yyscan_t scanner);

static void pfy_error(srcloc *loc, yyscan_t scanner, struct pf_ctx *ctx, const char *msg)
{
	(void)scanner;
	pf_error(ctx, *loc, "%s", msg);
}

#line 386 "build-scan/gen/pf.tab.c"

#ifdef short
# undef short
#endif

/* On compilers that do not define __PTRDIFF_MAX__ etc., make sure
   <limits.h> and (if available) <stdint.h> are included
   so that the code can choose integer types of a good width.  */

#ifndef __PTRDIFF_MAX__
# include <limits.h> /* INFRINGES ON USER NAME SPACE */
# if defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stdint.h> /* INFRINGES ON USER NAME SPACE */
#  define YY_STDINT_H
# endif
#endif

/* Narrow types that promote to a signed type and that can represent a
   signed or unsigned integer of at least N bits.  In tables they can
   save space and decrease cache pressure.  Promoting to a signed type
   helps avoid bugs in integer arithmetic.  */

#ifdef __INT_LEAST8_MAX__
typedef __INT_LEAST8_TYPE__ yytype_int8;
#elif defined YY_STDINT_H
typedef int_least8_t yytype_int8;
#else
typedef signed char yytype_int8;
#endif

#ifdef __INT_LEAST16_MAX__
typedef __INT_LEAST16_TYPE__ yytype_int16;
#elif defined YY_STDINT_H
typedef int_least16_t yytype_int16;
#else
typedef short yytype_int16;
#endif

/* Work around bug in HP-UX 11.23, which defines these macros
   incorrectly for preprocessor constants.  This workaround can likely
   be removed in 2023, as HPE has promised support for HP-UX 11.23
   (aka HP-UX 11i v2) only through the end of 2022; see Table 2 of
   <https://h20195.www2.hpe.com/V2/getpdf.aspx/4AA4-7673ENW.pdf>.  */
#ifdef __hpux
# undef UINT_LEAST8_MAX
# undef UINT_LEAST16_MAX
# define UINT_LEAST8_MAX 255
# define UINT_LEAST16_MAX 65535
#endif

#if defined __UINT_LEAST8_MAX__ && __UINT_LEAST8_MAX__ <= __INT_MAX__
typedef __UINT_LEAST8_TYPE__ yytype_uint8;
#elif (!defined __UINT_LEAST8_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST8_MAX <= INT_MAX)
typedef uint_least8_t yytype_uint8;
#elif !defined __UINT_LEAST8_MAX__ && UCHAR_MAX <= INT_MAX
typedef unsigned char yytype_uint8;
#else
typedef short yytype_uint8;
#endif

#if defined __UINT_LEAST16_MAX__ && __UINT_LEAST16_MAX__ <= __INT_MAX__
typedef __UINT_LEAST16_TYPE__ yytype_uint16;
#elif (!defined __UINT_LEAST16_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST16_MAX <= INT_MAX)
typedef uint_least16_t yytype_uint16;
#elif !defined __UINT_LEAST16_MAX__ && USHRT_MAX <= INT_MAX
typedef unsigned short yytype_uint16;
#else
typedef int yytype_uint16;
#endif

#ifndef YYPTRDIFF_T
# if defined __PTRDIFF_TYPE__ && defined __PTRDIFF_MAX__
#  define YYPTRDIFF_T __PTRDIFF_TYPE__
#  define YYPTRDIFF_MAXIMUM __PTRDIFF_MAX__
# elif defined PTRDIFF_MAX
#  ifndef ptrdiff_t
#   include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  endif
#  define YYPTRDIFF_T ptrdiff_t
#  define YYPTRDIFF_MAXIMUM PTRDIFF_MAX
# else
#  define YYPTRDIFF_T long
#  define YYPTRDIFF_MAXIMUM LONG_MAX
# endif
#endif

#ifndef YYSIZE_T
# ifdef __SIZE_TYPE__
#  define YYSIZE_T __SIZE_TYPE__
# elif defined size_t
#  define YYSIZE_T size_t
# elif defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  define YYSIZE_T size_t
# else
#  define YYSIZE_T unsigned
# endif
#endif

#define YYSIZE_MAXIMUM                                  \
  YY_CAST (YYPTRDIFF_T,                                 \
           (YYPTRDIFF_MAXIMUM < YY_CAST (YYSIZE_T, -1)  \
            ? YYPTRDIFF_MAXIMUM                         \
            : YY_CAST (YYSIZE_T, -1)))

#define YYSIZEOF(X) YY_CAST (YYPTRDIFF_T, sizeof (X))


/* Stored state numbers (used for stacks). */
typedef yytype_int16 yy_state_t;

/* State numbers in computations.  */
typedef int yy_state_fast_t;

#ifndef YY_
# if defined YYENABLE_NLS && YYENABLE_NLS
#  if ENABLE_NLS
#   include <libintl.h> /* INFRINGES ON USER NAME SPACE */
#   define YY_(Msgid) dgettext ("bison-runtime", Msgid)
#  endif
# endif
# ifndef YY_
#  define YY_(Msgid) Msgid
# endif
#endif


#ifndef YY_ATTRIBUTE_PURE
# if defined __GNUC__ && 2 < __GNUC__ + (96 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_PURE __attribute__ ((__pure__))
# else
#  define YY_ATTRIBUTE_PURE
# endif
#endif

#ifndef YY_ATTRIBUTE_UNUSED
# if defined __GNUC__ && 2 < __GNUC__ + (7 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_UNUSED __attribute__ ((__unused__))
# else
#  define YY_ATTRIBUTE_UNUSED
# endif
#endif

/* Suppress unused-variable warnings by "using" E.  */
#if ! defined lint || defined __GNUC__
# define YY_USE(E) ((void) (E))
#else
# define YY_USE(E) /* empty */
#endif

/* Suppress an incorrect diagnostic about yylval being uninitialized.  */
#if defined __GNUC__ && ! defined __ICC && 406 <= __GNUC__ * 100 + __GNUC_MINOR__
# if __GNUC__ * 100 + __GNUC_MINOR__ < 407
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")
# else
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")              \
    _Pragma ("GCC diagnostic ignored \"-Wmaybe-uninitialized\"")
# endif
# define YY_IGNORE_MAYBE_UNINITIALIZED_END      \
    _Pragma ("GCC diagnostic pop")
#else
# define YY_INITIAL_VALUE(Value) Value
#endif
#ifndef YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_END
#endif
#ifndef YY_INITIAL_VALUE
# define YY_INITIAL_VALUE(Value) /* Nothing. */
#endif

#if defined __cplusplus && defined __GNUC__ && ! defined __ICC && 6 <= __GNUC__
# define YY_IGNORE_USELESS_CAST_BEGIN                          \
    _Pragma ("GCC diagnostic push")                            \
    _Pragma ("GCC diagnostic ignored \"-Wuseless-cast\"")
# define YY_IGNORE_USELESS_CAST_END            \
    _Pragma ("GCC diagnostic pop")
#endif
#ifndef YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_END
#endif


#define YY_ASSERT(E) ((void) (0 && (E)))

#if 1

/* The parser invokes alloca or malloc; define the necessary symbols.  */

# ifdef YYSTACK_USE_ALLOCA
#  if YYSTACK_USE_ALLOCA
#   ifdef __GNUC__
#    define YYSTACK_ALLOC __builtin_alloca
#   elif defined __BUILTIN_VA_ARG_INCR
#    include <alloca.h> /* INFRINGES ON USER NAME SPACE */
#   elif defined _AIX
#    define YYSTACK_ALLOC __alloca
#   elif defined _MSC_VER
#    include <malloc.h> /* INFRINGES ON USER NAME SPACE */
#    define alloca _alloca
#   else
#    define YYSTACK_ALLOC alloca
#    if ! defined _ALLOCA_H && ! defined EXIT_SUCCESS
#     include <stdlib.h> /* INFRINGES ON USER NAME SPACE */
      /* Use EXIT_SUCCESS as a witness for stdlib.h.  */
#     ifndef EXIT_SUCCESS
#      define EXIT_SUCCESS 0
#     endif
#    endif
#   endif
#  endif
# endif

# ifdef YYSTACK_ALLOC
   /* Pacify GCC's 'empty if-body' warning.  */
#  define YYSTACK_FREE(Ptr) do { /* empty */; } while (0)
#  ifndef YYSTACK_ALLOC_MAXIMUM
    /* The OS might guarantee only one guard page at the bottom of the stack,
       and a page size can be as small as 4096 bytes.  So we cannot safely
       invoke alloca (N) if N exceeds 4096.  Use a slightly smaller number
       to allow for a few compiler-allocated temporary stack slots.  */
#   define YYSTACK_ALLOC_MAXIMUM 4032 /* reasonable circa 2006 */
#  endif
# else
#  define YYSTACK_ALLOC YYMALLOC
#  define YYSTACK_FREE YYFREE
#  ifndef YYSTACK_ALLOC_MAXIMUM
#   define YYSTACK_ALLOC_MAXIMUM YYSIZE_MAXIMUM
#  endif
#  if (defined __cplusplus && ! defined EXIT_SUCCESS \
       && ! ((defined YYMALLOC || defined malloc) \
             && (defined YYFREE || defined free)))
#   include <stdlib.h> /* INFRINGES ON USER NAME SPACE */
#   ifndef EXIT_SUCCESS
#    define EXIT_SUCCESS 0
#   endif
#  endif
#  ifndef YYMALLOC
#   define YYMALLOC malloc
#   if ! defined malloc && ! defined EXIT_SUCCESS
void *malloc (YYSIZE_T); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
#  ifndef YYFREE
#   define YYFREE free
#   if ! defined free && ! defined EXIT_SUCCESS
void free (void *); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
# endif
#endif /* 1 */

#if (! defined yyoverflow \
     && (! defined __cplusplus \
         || (defined PFY_LTYPE_IS_TRIVIAL && PFY_LTYPE_IS_TRIVIAL \
             && defined PFY_STYPE_IS_TRIVIAL && PFY_STYPE_IS_TRIVIAL)))

/* A type that is properly aligned for any stack member.  */
union yyalloc
{
  yy_state_t yyss_alloc;
  YYSTYPE yyvs_alloc;
  YYLTYPE yyls_alloc;
};

/* The size of the maximum gap between one aligned stack and the next.  */
# define YYSTACK_GAP_MAXIMUM (YYSIZEOF (union yyalloc) - 1)

/* The size of an array large to enough to hold all stacks, each with
   N elements.  */
# define YYSTACK_BYTES(N) \
     ((N) * (YYSIZEOF (yy_state_t) + YYSIZEOF (YYSTYPE) \
             + YYSIZEOF (YYLTYPE)) \
      + 2 * YYSTACK_GAP_MAXIMUM)

# define YYCOPY_NEEDED 1

/* Relocate STACK from its old location to the new one.  The
   local variables YYSIZE and YYSTACKSIZE give the old and new number of
   elements in the stack, and YYPTR gives the new location of the
   stack.  Advance YYPTR to a properly aligned location for the next
   stack.  */
# define YYSTACK_RELOCATE(Stack_alloc, Stack)                           \
    do                                                                  \
      {                                                                 \
        YYPTRDIFF_T yynewbytes;                                         \
        YYCOPY (&yyptr->Stack_alloc, Stack, yysize);                    \
        Stack = &yyptr->Stack_alloc;                                    \
        yynewbytes = yystacksize * YYSIZEOF (*Stack) + YYSTACK_GAP_MAXIMUM; \
        yyptr += yynewbytes / YYSIZEOF (*yyptr);                        \
      }                                                                 \
    while (0)

#endif

#if defined YYCOPY_NEEDED && YYCOPY_NEEDED
/* Copy COUNT objects from SRC to DST.  The source and destination do
   not overlap.  */
# ifndef YYCOPY
#  if defined __GNUC__ && 1 < __GNUC__
#   define YYCOPY(Dst, Src, Count) \
      __builtin_memcpy (Dst, Src, YY_CAST (YYSIZE_T, (Count)) * sizeof (*(Src)))
#  else
#   define YYCOPY(Dst, Src, Count)              \
      do                                        \
        {                                       \
          YYPTRDIFF_T yyi;                      \
          for (yyi = 0; yyi < (Count); yyi++)   \
            (Dst)[yyi] = (Src)[yyi];            \
        }                                       \
      while (0)
#  endif
# endif
#endif /* !YYCOPY_NEEDED */

/* YYFINAL -- State number of the termination state.  */
#define YYFINAL  2
/* YYLAST -- Last index in YYTABLE.  */
#define YYLAST   1083

/* YYNTOKENS -- Number of terminals.  */
#define YYNTOKENS  161
/* YYNNTS -- Number of nonterminals.  */
#define YYNNTS  102
/* YYNRULES -- Number of rules.  */
#define YYNRULES  373
/* YYNSTATES -- Number of states.  */
#define YYNSTATES  673

/* YYMAXUTOK -- Last valid token kind.  */
#define YYMAXUTOK   403


/* YYTRANSLATE(TOKEN-NUM) -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex, with out-of-bounds checking.  */
#define YYTRANSLATE(YYX)                                \
  (0 <= (YYX) && (YYX) <= YYMAXUTOK                     \
   ? YY_CAST (yysymbol_kind_t, yytranslate[YYX])        \
   : YYSYMBOL_YYUNDEF)

/* YYTRANSLATE[TOKEN-NUM] -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex.  */
static const yytype_uint8 yytranslate[] =
{
       0,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,   158,     2,     2,     2,     2,     2,     2,
     156,   157,     2,     2,   151,   160,     2,   159,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
     152,   149,   153,     2,   150,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,   154,     2,   155,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     1,     2,     3,     4,
       5,     6,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,    17,    18,    19,    20,    21,    22,    23,    24,
      25,    26,    27,    28,    29,    30,    31,    32,    33,    34,
      35,    36,    37,    38,    39,    40,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    51,    52,    53,    54,
      55,    56,    57,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    68,    69,    70,    71,    72,    73,    74,
      75,    76,    77,    78,    79,    80,    81,    82,    83,    84,
      85,    86,    87,    88,    89,    90,    91,    92,    93,    94,
      95,    96,    97,    98,    99,   100,   101,   102,   103,   104,
     105,   106,   107,   108,   109,   110,   111,   112,   113,   114,
     115,   116,   117,   118,   119,   120,   121,   122,   123,   124,
     125,   126,   127,   128,   129,   130,   131,   132,   133,   134,
     135,   136,   137,   138,   139,   140,   141,   142,   143,   144,
     145,   146,   147,   148
};

#if PFY_DEBUG
/* YYRLINE[YYN] -- Source line where rule number YYN was defined.  */
static const yytype_int16 yyrline[] =
{
       0,   116,   116,   117,   121,   122,   123,   127,   128,   129,
     130,   131,   132,   133,   134,   135,   136,   140,   144,   145,
     149,   150,   154,   155,   160,   161,   166,   167,   168,   174,
     174,   179,   180,   184,   185,   186,   187,   188,   189,   195,
     196,   197,   198,   199,   200,   201,   202,   203,   204,   205,
     206,   207,   208,   209,   210,   211,   212,   213,   214,   215,
     216,   217,   218,   219,   223,   227,   228,   233,   234,   240,
     240,   245,   246,   250,   251,   252,   253,   254,   255,   256,
     257,   258,   259,   260,   261,   262,   266,   267,   268,   272,
     273,   277,   278,   279,   280,   284,   285,   289,   290,   294,
     295,   296,   300,   300,   305,   306,   307,   313,   314,   318,
     322,   323,   327,   328,   332,   333,   334,   338,   339,   340,
     344,   345,   349,   350,   351,   352,   353,   354,   355,   359,
     360,   361,   363,   364,   365,   366,   367,   371,   372,   376,
     377,   381,   382,   383,   387,   388,   389,   390,   391,   392,
     396,   397,   401,   402,   406,   407,   408,   412,   413,   417,
     421,   422,   426,   427,   434,   435,   435,   437,   437,   439,
     439,   441,   442,   446,   447,   448,   449,   450,   451,   452,
     453,   454,   458,   459,   460,   464,   465,   469,   470,   474,
     478,   479,   479,   484,   485,   486,   487,   494,   495,   496,
     497,   501,   502,   503,   503,   508,   509,   510,   511,   512,
     513,   514,   515,   516,   520,   521,   525,   529,   530,   531,
     535,   536,   537,   538,   539,   543,   544,   548,   549,   553,
     554,   555,   556,   560,   561,   562,   567,   568,   569,   570,
     571,   575,   576,   577,   581,   582,   583,   587,   588,   592,
     593,   594,   595,   599,   600,   601,   605,   606,   607,   608,
     612,   613,   617,   618,   619,   620,   621,   622,   623,   624,
     625,   626,   627,   628,   629,   630,   631,   632,   633,   634,
     635,   636,   637,   638,   639,   640,   641,   642,   643,   644,
     645,   646,   647,   648,   649,   650,   651,   652,   653,   654,
     655,   656,   657,   658,   659,   660,   661,   662,   667,   668,
     672,   673,   674,   675,   676,   677,   681,   685,   686,   690,
     691,   695,   696,   697,   698,   699,   700,   701,   702,   706,
     707,   711,   712,   716,   717,   718,   719,   720,   721,   722,
     723,   724,   725,   726,   727,   728,   729,   730,   731,   732,
     736,   737,   741,   742,   743,   744,   745,   746,   747,   748,
     753,   754,   758,   759,   758,   764,   765,   769,   770,   771,
     772,   776,   777,   778
};
#endif

/** Accessing symbol of state STATE.  */
#define YY_ACCESSING_SYMBOL(State) YY_CAST (yysymbol_kind_t, yystos[State])

#if 1
/* The user-facing name of the symbol whose (internal) number is
   YYSYMBOL.  No bounds checking.  */
static const char *yysymbol_name (yysymbol_kind_t yysymbol) YY_ATTRIBUTE_UNUSED;

static const char *
yysymbol_name (yysymbol_kind_t yysymbol)
{
  static const char *const yy_sname[] =
  {
  "end of file", "error", "invalid token", "end of line", "word",
  "number", "'><' or '<>'", "'->'", "invalid input", "AFTO", "ALL",
  "ALLOWOPTS", "ALTQ", "ANCHOR", "ANTISPOOF", "ANY", "BANDWIDTH", "BINAT",
  "BINATANCHOR", "BINATTO", "BITMASK", "BLOCK", "BLOCKPOLICY", "BURST",
  "CBQ", "CODE", "CONST", "COUNTERS", "DEBUG", "DEFAULT", "DELAY",
  "DIVERTPACKET", "DIVERTREPLY", "DIVERTTO", "DROP", "DUPTO", "FAIRQ",
  "FASTROUTE", "FILENAME", "FINGERPRINTS", "FLAGS", "FLOATING", "FLOWS",
  "FLUSH", "FOR", "FRAGMENT", "FROM", "GLOBAL", "GROUP", "HFSC", "HOSTID",
  "ICMPTYPE", "ICMP6TYPE", "IFBOUND", "IN", "INCLUDE", "INET", "INET6",
  "KEEP", "LABEL", "LEASTSTATES", "LIMIT", "LOAD", "LOG", "LOGINTERFACE",
  "MATCH", "MATCHES", "MAXIMUM", "MAXMSS", "MAXPKTRATE", "MAXSRCCONN",
  "MAXSRCCONNRATE", "MAXSRCNODES", "MAXSRCSTATES", "MINIMUM", "MINTTL",
  "MODULATE", "NAT", "NATANCHOR", "NATTO", "NO", "NODF", "NOROUTE",
  "NOSYNC", "ON", "OPTIMIZATION", "OS", "OUT", "OVERLOAD", "PARENT",
  "PASS", "PERSIST", "PFLOW", "PORT", "PRIO", "PRIORITY", "PRIQ",
  "PROBABILITY", "PROTO", "QLIMIT", "QUANTUM", "QUEUE", "QUICK", "RANDOM",
  "RANDOMID", "RDOMAIN", "RDR", "RDRANCHOR", "RDRTO", "REASSEMBLE",
  "RECEIVEDON", "REPLYTO", "REQUIREORDER", "RETURN", "RETURNICMP",
  "RETURNICMP6", "RETURNRST", "ROUNDROBIN", "ROUTETO", "RTABLE", "RULE",
  "RULESETOPTIMIZATION", "SCRUB", "SET", "SETTOS", "SKIP", "SLOPPY",
  "SOURCEHASH", "SOURCETRACK", "STATE", "STATEDEFAULTS", "STATEPOLICY",
  "STATICPORT", "STICKYADDRESS", "SYNCOOKIES", "SYNPROXY", "TABLE", "TAG",
  "TAGGED", "TBRSIZE", "TIMEOUT", "TO", "TOS", "TTL", "URPFFAILED", "USER",
  "ONCE", "ROUTE", "LOWPREC", "'='", "'@'", "','", "'<'", "'>'", "'{'",
  "'}'", "'('", "')'", "'!'", "'/'", "'-'", "$accept", "input", "line",
  "stmt", "include", "words", "word", "string", "comma", "lsep", "table",
  "$@1", "table_opts", "table_opt", "set", "value", "value_list",
  "arg_words", "queue", "$@2", "queue_opts", "queue_opt", "queue_burst",
  "bw", "scheduler", "sched_args", "sched_words", "sched_word", "altq",
  "$@3", "altq_queue", "word_list", "word_item", "if_spec", "if_list",
  "if_item", "host_spec", "host_list", "xhost", "host", "port_spec",
  "port_list", "port_item", "unaryop", "id_spec", "id_list", "id_item",
  "proto_list", "proto_item", "icmp_list", "icmp_item", "rule", "$@4",
  "$@5", "$@6", "xlate_action", "xanchor_action", "arrow_opt",
  "anchorname_opt", "anchorname", "anchor_body", "$@7", "anchor_lines",
  "anchor_stmt", "action", "$@8", "block_kind", "codes", "rule_head",
  "dir", "logquick", "log", "log_opts", "log_opt", "on", "route", "af",
  "proto", "fromto", "from", "os", "to", "rule_opts", "rule_opt",
  "set_opt_list", "set_opt", "pool", "port_opt", "pool_opts", "pool_opt",
  "state_opt_spec", "state_opt_list", "state_opt", "scrub_opts",
  "scrub_opt", "scrub_plain", "antispoof", "$@9", "$@10", "antispoof_if",
  "antispoof_opts", "antispoof_tail", YY_NULLPTR
  };
  return yy_sname[yysymbol];
}
#endif

#define YYPACT_NINF (-574)

#define yypact_value_is_default(Yyn) \
  ((Yyn) == YYPACT_NINF)

#define YYTABLE_NINF (-215)

#define yytable_value_is_error(Yyn) \
  0

/* YYPACT[STATE-NUM] -- Index in YYTABLE of the portion describing
   STATE-NUM.  */
static const yytype_int16 yypact[] =
{
    -574,   578,  -574,    49,  -574,   -87,    -7,  -574,  -574,    14,
    -574,  -574,    84,   128,  -574,    25,  -574,    10,  -574,   127,
      53,  -574,  -574,   903,   173,   162,  -574,   272,  -574,  -574,
    -574,  -574,  -574,  -574,    18,   340,    18,  -574,  -574,    80,
      34,   340,    -2,  -574,   412,  -574,   348,   340,  -574,  -574,
    -574,  -574,  -574,  -574,  -574,    18,    15,   357,    84,    98,
     133,   361,   369,   331,   118,   380,   382,   305,   847,    65,
     392,   144,   429,   961,  -574,  -574,  -574,    30,     6,  -574,
      18,    30,  -574,  -574,    80,  -574,  -574,   411,   436,  -574,
      18,  -574,   315,  -574,   349,   437,  -574,  -574,   337,   343,
     352,  -574,  -574,   458,    18,  -574,    30,  -574,  -574,  -574,
     348,  -574,  -574,   505,  -574,  -574,  -574,  -574,  -574,   428,
     433,  -574,  -574,    31,   512,  -574,  -574,   513,   514,   516,
     524,   529,  -574,   386,  -574,  -574,   295,   203,  -574,  -574,
    -574,   385,  -574,  -574,   394,  -574,  -574,   222,  -574,   456,
     485,   467,   452,    30,  -574,  -574,  -574,  -574,  -574,    30,
     324,  -574,    75,    80,    80,   414,    84,    30,   862,  -574,
    -574,   161,  -574,  -574,  -574,  -574,  -574,  -574,  -574,  -574,
     399,  -574,  -574,   555,  -574,  -574,  -574,   847,    80,   161,
    -574,   248,   401,  -574,  -574,   164,  -574,   557,   560,  -574,
     561,   285,   473,  -574,  -574,   504,   201,   426,  -574,    78,
     257,  -574,  -574,   739,   806,  -574,  -574,  -574,   564,  -574,
     206,  -574,   565,  -574,  -574,   273,   413,   417,   570,   348,
    -574,   455,   420,  -574,   420,   572,   420,   455,   455,    34,
     581,   583,   420,   584,   588,   595,  -574,  -574,  -574,   895,
    -574,  -574,  -574,    93,    33,   597,   450,  -574,  -574,   292,
      95,  -574,   599,   582,   601,  -574,   459,   461,  -574,   464,
     610,  -574,  -574,    80,  -574,   465,    19,   109,  -574,  -574,
    -574,   164,   141,   406,  -574,   141,   526,  -574,    66,   141,
      17,  -574,   174,    76,   147,   491,    84,   619,   496,   141,
     499,   624,    80,    37,   625,   141,    34,   141,   141,   626,
     478,   389,   506,   632,   633,    80,   174,  -574,   500,  -574,
    -574,  -574,   348,   247,  -574,  -574,  -574,   141,  -574,   141,
     141,   440,   739,   267,  -574,   658,  -574,  -574,   324,   487,
     440,    80,  -574,  -574,   488,   739,  -574,  -574,   629,  -574,
    -574,  -574,  -574,  -574,   629,   629,  -574,  -574,  -574,  -574,
    -574,  -574,  -574,   316,    21,   642,   643,  -574,  -574,   649,
      80,  -574,   213,  -574,  -574,    42,  -574,  -574,   611,  -574,
      80,  -574,   366,  -574,  -574,  -574,  -574,  -574,    62,  -574,
      80,  -574,  -574,    91,  -574,   498,   502,  -574,  -574,   567,
     615,   617,   567,   342,   571,  -574,   507,  -574,   661,  -574,
     664,    80,  -574,  -574,  -574,   646,  -574,  -574,  -574,   518,
     348,   519,   518,   567,  -574,  -574,  -574,  -574,   669,  -574,
     567,  -574,  -574,  -574,  -574,  -574,   670,   102,    38,    80,
      59,  -574,   518,  -574,  -574,  -574,  -574,   672,   316,   164,
     587,    33,  -574,  -574,  -574,  -574,  -574,   585,  -574,  -574,
    -574,  -574,  -574,  -574,  -574,  -574,  -574,   455,  -574,   293,
    -574,  -574,  -574,   105,  -574,  -574,  -574,  -574,  -574,  -574,
    -574,   213,  -574,  -574,   213,   634,  -574,  -574,  -574,   678,
    -574,  -574,  -574,   115,  -574,  -574,  -574,  -574,   213,   681,
    -574,   342,  -574,   141,   141,  -574,  -574,   342,   805,   683,
    -574,    62,    80,  -574,   154,    80,   154,   847,  -574,   687,
    -574,  -574,   296,  -574,   805,   805,   313,  -574,  -574,   690,
    -574,   684,  -574,   327,  -574,  -574,  -574,   123,  -574,   164,
     151,   805,   805,   805,   157,  -574,   316,  -574,   -25,   652,
    -574,    39,  -574,  -574,   213,   213,  -574,  -574,    52,  -574,
    -574,   213,   213,  -574,  -574,   805,  -574,  -574,   805,  -574,
    -574,  -574,  -574,  -574,   693,  -574,  -574,  -574,  -574,   303,
    -574,  -574,    54,  -574,  -574,    87,   328,  -574,   805,  -574,
     695,   805,  -574,   895,   551,   551,  -574,    59,  -574,  -574,
    -574,  -574,  -574,  -574,   136,   332,    84,   700,   497,  -574,
      80,  -574,  -574,   213,  -574,   276,   213,   591,   612,  -574,
    -574,  -574,   213,  -574,  -574,   213,  -574,  -574,   548,  -574,
     702,   707,  -574,   154,  -574,   709,  -574,   708,  -574,  -574,
    -574,  -574,   716,   348,  -574,  -574,  -574,   341,  -574,   141,
     141,   213,   213,  -574,   563,   568,    89,  -574,  -574,   961,
    -574,  -574,  -574,  -574,  -574,  -574,  -574,  -574,   213,  -574,
     805,   805,   213
};

/* YYDEFACT[STATE-NUM] -- Default reduction number in state STATE-NUM.
   Performed when YYTABLE does not specify something else to do.  Zero
   means the default is an error.  */
static const yytype_int16 yydefact[] =
{
       2,     0,     1,     0,     4,     0,     0,   165,   362,   179,
     184,   203,     0,     0,   202,   173,   182,     0,   201,     0,
     176,   183,   167,     0,     0,     0,     3,     0,     8,     9,
      10,    11,    12,    15,   217,     0,   217,    14,     6,     0,
       0,   187,   367,   180,   205,    22,    17,     0,   174,   181,
     175,   178,   169,    69,   177,   217,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     5,   218,   219,   249,   220,   189,
     217,   249,    20,    21,     7,    18,   114,     0,     0,   102,
     217,   188,   225,   369,   368,     0,   206,   207,   210,   212,
     208,   204,    23,     0,   217,    71,   249,    45,    46,    51,
      49,    53,    52,     0,    26,    41,    58,    43,    63,    54,
      56,    62,    44,     0,     0,   346,   345,     0,     0,     0,
       0,     0,   334,     0,   348,   347,   342,    24,   331,    48,
      47,    59,    26,    39,     0,    16,   247,     0,   260,   253,
     222,   233,   221,   249,   260,    19,   116,   115,    71,   249,
       0,   370,     0,     0,     0,     0,     0,   249,    70,   360,
      64,     0,    55,    57,    26,    50,   110,   349,   333,   336,
       0,   341,   335,     0,   344,   343,    25,     0,     0,     0,
      29,   129,     0,   117,   124,     0,   126,     0,     0,    26,
       0,     0,   250,   118,   122,   185,     0,   256,   224,     0,
     236,   223,   260,   164,   104,   260,   229,   230,     0,   231,
      24,   227,     0,   365,   363,    24,     0,     0,     0,    13,
     260,     0,    95,    81,    95,     0,    95,     0,     0,     0,
       0,     0,    95,     0,     0,     0,    26,    72,    84,   168,
      28,    27,    26,     0,     0,     0,     0,   332,    67,    24,
       0,    31,     0,     0,     0,   144,   147,   149,    26,     0,
     141,   252,   137,     0,   127,     0,     0,     0,   125,   128,
     123,     0,     0,     0,   277,     0,     0,   306,     0,     0,
       0,   276,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,   294,     0,   171,
     261,    26,   254,     0,   248,    26,   234,     0,   237,     0,
       0,   241,   172,     0,   103,   190,   232,   226,     0,     0,
     241,     0,   211,   213,     0,   170,    89,    90,    86,    97,
      91,    94,    78,    93,    86,    86,    73,    74,    82,    92,
      80,    79,    83,     0,     0,     0,     0,   352,   357,     0,
       0,   361,    65,    42,    26,     0,    26,   337,   338,    60,
       0,    40,    30,   130,   132,   131,   146,   148,     0,   145,
       0,   142,   133,     0,    26,   134,     0,   251,   316,   317,
       0,     0,   317,     0,     0,   319,     0,   266,     0,    26,
     154,     0,   263,   150,    26,   162,   267,    26,   269,   329,
     278,     0,   329,   317,   272,   288,   285,   279,     0,   287,
     317,   292,   319,   319,   286,   350,     0,     0,     0,     0,
       0,   289,   329,   282,   283,   271,   262,     0,     0,     0,
     257,     0,   319,   319,   319,   242,   243,   244,   105,    26,
     191,   166,   228,   366,   371,   215,   209,     0,    75,    24,
      77,    76,   109,     0,    26,   359,   358,   354,   353,   356,
     355,    66,   111,    26,   112,   339,    68,    34,    35,     0,
      33,    26,    32,     0,    26,   143,   119,    26,   120,     0,
     136,     0,   319,     0,     0,   319,   307,     0,   304,     0,
     265,     0,     0,   155,     0,     0,     0,     0,   273,     0,
     274,   319,    24,   319,   303,   302,    24,   315,   310,     0,
     312,     0,   314,    24,   308,   275,   284,     0,   259,     0,
       0,   240,   239,   238,     0,   216,     0,   193,   364,     0,
      96,     0,    85,    26,   107,   113,   340,    36,     0,   138,
      26,   139,   121,   135,   318,   186,   319,   319,   297,   305,
     321,   326,   322,   325,   323,   327,   328,   320,   264,     0,
      26,   156,     0,    26,   163,     0,    24,   291,   295,   280,
       0,   296,   293,     0,    24,    24,   290,     0,   255,   258,
     235,    26,   159,   245,     0,     0,     0,     0,     0,   100,
       0,    99,    98,   108,    37,     0,   140,   298,   300,   324,
     151,    26,   152,   268,    26,   160,   270,   330,     0,   351,
       0,     0,   309,     0,   106,     0,   194,     0,   192,   198,
     199,   197,     0,   372,   373,    87,    88,    24,    38,     0,
       0,   153,   161,   281,     0,     0,     0,    26,   196,     0,
     195,   101,   319,   319,   311,   313,   246,    26,   157,   200,
     299,   301,   158
};

/* YYPGOTO[NTERM-NUM].  */
static const yytype_int16 yypgoto[] =
{
    -574,  -574,  -574,  -574,   116,  -574,   -39,   -56,  -212,  -135,
     117,  -574,  -574,  -574,  -574,   -41,   537,   120,  -574,  -574,
     573,  -574,   152,  -222,  -574,   143,  -574,  -574,  -574,  -574,
    -574,  -417,  -383,   574,   282,   -37,  -142,   177,  -272,   129,
    -267,  -574,    23,  -283,   424,  -574,  -493,  -574,  -573,   225,
    -282,   -72,  -574,  -574,  -574,  -574,  -574,  -574,  -574,   395,
    -574,  -574,  -574,  -574,  -574,  -574,  -574,   579,   517,  -574,
    -574,   -15,  -574,   404,  -574,  -574,   407,  -574,   321,  -574,
    -574,  -574,   183,  -574,  -574,  -423,  -279,   -42,  -379,  -574,
    -344,   229,   562,  -574,   158,  -574,  -574,  -574,  -574,  -574,
    -574,  -574
};

/* YYDEFGOTO[NTERM-NUM].  */
static const yytype_int16 yydefgoto[] =
{
       0,     1,    26,    27,    28,    84,   270,    46,   187,   171,
      29,   261,   382,   492,    30,   252,   253,   259,    31,   105,
     168,   247,   468,   348,   248,   350,   469,   612,    32,   158,
     334,   473,   474,   175,   375,   176,   398,   393,   203,   204,
     271,   493,   272,   273,   412,   579,   413,   656,   603,   582,
     583,    33,    41,    55,   104,    34,    35,   319,    90,    80,
     461,   547,   605,   642,    36,    44,   101,   226,    77,    78,
     151,    94,   220,   221,   210,   331,   457,   545,   148,   149,
     207,   324,   205,   320,   533,   441,   399,   502,   508,   577,
     518,   137,   138,   526,   371,   249,    37,    42,   340,   224,
      95,   548
};

/* YYTABLE[YYPACT[STATE-NUM]] -- What to do in state STATE-NUM.  If
   positive, shift that token.  If negative, reduce the rule whose
   number is the opposite.  If YYTABLE_NINF, syntax error.  */
static const yytype_int16 yytable[] =
{
      85,   145,   110,    89,   394,   202,   402,   189,   338,   411,
     405,   416,   418,   341,   397,   354,   355,   534,   580,   115,
     423,   406,   250,   191,   192,   475,   430,    49,   432,   433,
     143,   537,   407,   411,   606,    86,   250,    86,    86,   254,
     146,   427,   530,    82,    83,   155,    86,   380,   452,   107,
     453,   454,    38,   524,   525,   250,   191,   192,    82,    83,
     657,    92,    39,   152,   276,   250,    82,    83,   609,    92,
     191,   192,    75,   541,   542,   543,   147,    40,   520,    86,
      82,    83,    86,   667,    82,    83,   621,    50,    45,   436,
     553,    82,    83,    82,    83,   191,   192,   113,   535,   113,
      93,   194,   111,   112,    43,    76,   139,   528,   150,   472,
     229,   363,   607,   191,   192,    48,    51,   372,   140,    82,
      83,   497,   119,   565,   225,   225,   568,   472,   108,   604,
     476,    53,    52,   388,   194,   208,    87,   113,    87,    87,
     472,    47,   588,    54,   591,   191,   192,    87,   113,   258,
     322,    82,    83,   437,   553,    86,   193,   250,    82,    83,
     438,    82,    83,   196,   250,   113,   197,    73,    82,    83,
     251,   198,   326,   194,   632,   200,   408,   201,    82,    83,
      87,   450,   538,    87,   251,   174,   448,   617,   618,    88,
     451,    88,    88,   428,   531,   610,   196,   482,   120,   197,
      88,   439,   356,   251,   198,    45,   -61,   614,   200,   623,
     201,   265,   374,   251,   266,   267,   250,   376,   198,   374,
     269,   553,   200,   194,   566,   567,   191,   192,   411,   174,
     414,   222,   325,    88,   391,   196,    88,   193,   197,   481,
     420,   484,   626,   198,   666,   549,   496,   200,   373,   201,
     381,   191,   192,   410,   415,   415,    87,   551,   529,   498,
     552,   198,   193,   426,   265,   200,   395,   266,   267,   431,
     559,   458,   599,   269,   511,    74,   445,   410,   598,   514,
     191,   192,   516,   670,   671,   196,   394,   114,   197,   191,
     192,   634,   327,   198,   328,   199,   411,   200,   142,   201,
     624,   417,   465,   624,   194,   251,   600,    82,    83,    88,
     590,   601,   251,   265,   593,   195,   266,   267,   268,   250,
     472,   597,   269,   265,   546,    72,   266,   267,   409,   194,
     280,   480,   269,   635,   216,   636,   118,   213,   483,   554,
     449,   486,   184,   497,    79,     7,    82,    83,   555,     9,
      10,   495,   102,    11,   186,   321,   558,   186,   194,   561,
     505,   109,   562,   337,   251,   116,   196,   278,   329,   197,
     662,   663,   513,   117,   198,   330,   199,   351,   200,   353,
     201,   521,   630,   631,   121,   359,   122,    12,   523,   123,
     217,   196,   487,   488,   197,   332,   141,    14,   335,   198,
     532,   199,   154,   200,   489,   201,   396,   262,   263,    15,
      16,   494,    17,   345,   376,   185,   156,   404,   613,   436,
     196,   459,    18,   197,   186,   616,   506,   169,   198,   279,
    -214,   648,   200,   144,   201,   380,    91,   198,    20,    21,
     157,   200,   103,   186,   186,   622,    96,   186,   625,   379,
     550,   161,   265,   589,    22,   266,   267,   490,   620,   346,
     347,   269,   400,   401,   186,   218,   633,   251,    24,   219,
     592,   160,   410,   581,   212,   415,   584,   415,   186,   186,
     215,   162,   637,   437,   596,   627,   651,   638,   230,   652,
     438,   265,   186,   163,   266,   267,   455,   456,   661,   164,
     269,   645,   646,   483,   166,   602,   470,   471,   165,   172,
     170,   282,   611,   283,   173,   284,   560,   177,   178,   179,
     491,   180,   668,   285,   564,    97,    98,    99,   100,   181,
     569,   439,   672,   641,   182,   286,   287,   288,   183,   289,
     410,   188,   206,   415,   290,   440,   415,   190,    92,   291,
     643,   209,   292,    81,   211,   293,   294,   228,   255,   256,
     264,   274,   295,   296,   275,   277,   281,   323,   336,   339,
     342,   258,   106,   297,   343,   344,   349,   352,     2,     3,
     298,     4,     5,   299,   300,   357,   384,   669,   358,   360,
       6,     7,     8,   361,   602,     9,    10,   153,   301,    11,
     362,   302,   377,   378,   383,   303,   385,   159,   386,   304,
     387,   570,   305,   389,   306,   307,   390,   602,   392,   403,
     419,   167,   308,   309,   421,   422,   310,   311,   424,   425,
     429,   434,   570,    12,   435,   442,   443,   444,   447,   312,
      13,   313,   314,    14,   463,   466,   315,   477,   478,   316,
     317,   571,   467,   479,   485,    15,    16,   499,    17,   500,
     501,   503,   318,   504,   507,   510,   509,   283,    18,   284,
     512,   515,   571,   522,   517,   527,   536,   285,   519,    19,
     539,   556,   557,   544,    20,    21,   563,   578,   595,   286,
     287,   288,   587,   289,   572,   594,   608,   619,   290,   628,
      22,    23,   186,   291,   644,   653,   292,   654,   573,   293,
     294,   655,   658,   659,    24,   572,   295,   296,   574,   660,
     664,   639,   640,   575,   576,   665,   260,   297,    25,   573,
     647,   214,   649,   540,   298,   615,   223,   299,   300,   574,
     446,   585,   462,   227,   575,   576,   586,   464,   283,   257,
     284,   629,   301,   650,     0,   302,     0,     0,   285,   303,
       0,     0,     0,   304,     0,     0,   305,     0,   306,   307,
     286,   287,   288,     0,   289,     0,   308,   309,     0,   290,
     310,   311,     0,     0,   291,     0,     0,   292,     0,     0,
     293,   294,     0,   312,     0,   313,   314,   295,   296,     0,
     315,     0,     0,   316,   317,     0,     0,     0,   297,     0,
       0,     0,   460,     0,     0,   298,   318,     0,   299,   300,
       0,     0,   231,     0,     0,   570,     0,     0,     0,     0,
     232,     0,     0,   301,     0,   233,   302,     0,     0,     0,
     303,     0,   234,     0,   304,     0,     0,   305,   235,   306,
     307,   124,     0,     0,     0,   236,     0,   308,   309,     0,
       0,   310,   311,     0,     0,   571,     0,     0,     0,     0,
       0,     0,     0,   237,   312,     0,   313,   314,   231,     0,
     238,   315,     0,     0,   316,   317,   232,     0,   125,     0,
     239,   233,     0,     0,     0,   240,     0,   318,   234,     0,
     126,   241,   242,     0,   235,   243,   244,   333,   572,     0,
       0,   236,     0,     0,   127,     0,     0,   128,   129,   130,
     131,     0,   573,     0,     0,    56,     0,     0,     0,   237,
     132,    57,   574,     0,     0,   133,   238,   575,   576,   134,
     364,     0,    58,     0,     0,   245,   239,     0,     0,     0,
       0,   240,     0,    59,     0,     0,     0,   241,   242,     0,
     246,   243,   244,   365,    60,     0,     0,    61,     0,     0,
     366,     0,     0,   135,     7,   136,   367,     0,     9,    10,
       0,     0,    11,     0,     0,     0,     0,     0,    62,     0,
       0,     0,     0,     0,     0,     0,     0,    63,     0,   368,
       0,   245,     0,     0,   369,     0,     0,     0,     0,     0,
       0,     0,    64,     0,     0,    65,   246,     0,     0,   370,
       0,     0,     0,     0,    66,     0,    14,     0,    67,     0,
       0,     0,     0,    68,    69,     0,     0,    70,    15,    16,
       0,    17,     0,    71,     0,     0,     0,     0,     0,     0,
       0,    18,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    20,    21,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    22
};

static const yytype_int16 yycheck[] =
{
      39,    73,    58,    40,   276,   147,   285,   142,   220,   292,
     289,   293,   294,   225,   281,   237,   238,   440,   511,    60,
     299,     4,     3,     4,     5,     4,   305,    17,   307,   308,
      71,   448,    15,   316,    59,     4,     3,     4,     4,   174,
      10,     4,     4,     4,     5,    84,     4,   259,   327,    34,
     329,   330,     3,   432,   433,     3,     4,     5,     4,     5,
     633,    63,   149,    78,   199,     3,     4,     5,    29,    63,
       4,     5,    54,   452,   453,   454,    46,    84,   422,     4,
       4,     5,     4,   656,     4,     5,   579,    77,     4,    30,
     473,     4,     5,     4,     5,     4,     5,     4,   442,     4,
     102,    82,     4,     5,    90,    87,    41,     5,   102,     4,
     166,   246,   137,     4,     5,    90,   106,   252,    53,     4,
       5,   393,     4,   502,   163,   164,   505,     4,   113,   546,
     109,     4,   122,   268,    82,   150,   105,     4,   105,   105,
       4,    13,   521,    90,   523,     4,     5,   105,     4,   188,
     206,     4,     5,    94,   537,     4,    15,     3,     4,     5,
     101,     4,     5,   144,     3,     4,   147,     5,     4,     5,
     151,   152,   209,    82,   597,   156,   159,   158,     4,     5,
     105,   323,   449,   105,   151,   154,   321,   566,   567,   158,
     325,   158,   158,   156,   156,   156,   144,   155,    80,   147,
     158,   142,   239,   151,   152,     4,     3,   155,   156,   155,
     158,   149,   253,   151,   152,   153,     3,   254,   152,   260,
     158,   604,   156,    82,   503,   504,     4,     5,   511,   154,
     154,   156,   154,   158,   273,   144,   158,    15,   147,   374,
     296,   376,   155,   152,   155,   467,   155,   156,   155,   158,
     155,     4,     5,   292,   293,   294,   105,   469,   156,   394,
     155,   152,    15,   302,   149,   156,   157,   152,   153,   306,
     155,     4,   539,   158,   409,     3,   315,   316,   155,   414,
       4,     5,   417,   662,   663,   144,   558,   154,   147,     4,
       5,   155,    35,   152,    37,   154,   579,   156,   154,   158,
     582,   154,   341,   585,    82,   151,   155,     4,     5,   158,
     522,   154,   151,   149,   526,    93,   152,   153,   154,     3,
       4,   533,   158,   149,   459,   152,   152,   153,   154,    82,
     201,   370,   158,     1,    10,     3,     5,   154,   375,   474,
      93,   380,    47,   615,     4,    13,     4,     5,   483,    17,
      18,   390,     4,    21,   151,   154,   491,   151,    82,   494,
     402,     4,   497,   157,   151,     4,   144,    82,   111,   147,
     649,   650,   411,     4,   152,   118,   154,   234,   156,   236,
     158,   423,   594,   595,     4,   242,     4,    55,   430,    84,
      66,   144,    26,    27,   147,   212,     4,    65,   215,   152,
     439,   154,    81,   156,    38,   158,   277,   159,   160,    77,
      78,   388,    80,   230,   451,   120,     5,   288,   553,    30,
     144,   154,    90,   147,   151,   560,   403,   106,   152,   144,
     157,   155,   156,     4,   158,   647,    41,   152,   106,   107,
       4,   156,    47,   151,   151,   580,    34,   151,   583,   157,
     157,   102,   149,   157,   122,   152,   153,    91,   155,     4,
       5,   158,    56,    57,   151,   141,   601,   151,   136,   145,
     157,   156,   511,   512,   153,   514,   515,   516,   151,   151,
     159,    44,   150,    94,   157,   157,   621,   155,   167,   624,
     101,   149,   151,   156,   152,   153,    56,    57,   157,   156,
     158,     4,     5,   540,    46,   544,   354,   355,   156,    81,
       5,     7,   551,     9,    81,    11,   493,     5,     5,     5,
     154,     5,   657,    19,   501,   113,   114,   115,   116,     5,
     507,   142,   667,   605,     5,    31,    32,    33,   152,    35,
     579,   156,    86,   582,    40,   156,   585,   153,    63,    45,
     606,    84,    48,    36,   102,    51,    52,   143,   159,     4,
     159,     4,    58,    59,     4,     4,    93,   141,     4,     4,
     157,   610,    55,    69,   157,     5,   156,     5,     0,     1,
      76,     3,     4,    79,    80,     4,     4,   659,     5,     5,
      12,    13,    14,     5,   633,    17,    18,    80,    94,    21,
       5,    97,     5,   153,     5,   101,     5,    90,   149,   105,
     149,    20,   108,   149,   110,   111,     6,   656,   153,    93,
     129,   104,   118,   119,     5,   129,   122,   123,   129,     5,
       5,     5,    20,    55,   156,   129,     4,     4,   138,   135,
      62,   137,   138,    65,   157,   157,   142,     5,     5,   145,
     146,    60,    23,     4,    43,    77,    78,   159,    80,   157,
      93,    46,   158,    46,    93,     4,   159,     9,    90,    11,
       6,    25,    60,     4,   156,     5,     4,    19,   159,   101,
      93,    47,     4,    98,   106,   107,     5,     4,     4,    31,
      32,    33,     5,    35,   103,     5,    44,     4,    40,     4,
     122,   123,   151,    45,     4,   157,    48,     5,   117,    51,
      52,     4,     3,     5,   136,   103,    58,    59,   127,     3,
     157,   605,   605,   132,   133,   157,   189,    69,   150,   117,
     610,   158,   141,   451,    76,   558,   162,    79,    80,   127,
     316,   516,   338,   164,   132,   133,   517,   340,     9,   187,
      11,   593,    94,   141,    -1,    97,    -1,    -1,    19,   101,
      -1,    -1,    -1,   105,    -1,    -1,   108,    -1,   110,   111,
      31,    32,    33,    -1,    35,    -1,   118,   119,    -1,    40,
     122,   123,    -1,    -1,    45,    -1,    -1,    48,    -1,    -1,
      51,    52,    -1,   135,    -1,   137,   138,    58,    59,    -1,
     142,    -1,    -1,   145,   146,    -1,    -1,    -1,    69,    -1,
      -1,    -1,   154,    -1,    -1,    76,   158,    -1,    79,    80,
      -1,    -1,    16,    -1,    -1,    20,    -1,    -1,    -1,    -1,
      24,    -1,    -1,    94,    -1,    29,    97,    -1,    -1,    -1,
     101,    -1,    36,    -1,   105,    -1,    -1,   108,    42,   110,
     111,     4,    -1,    -1,    -1,    49,    -1,   118,   119,    -1,
      -1,   122,   123,    -1,    -1,    60,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    67,   135,    -1,   137,   138,    16,    -1,
      74,   142,    -1,    -1,   145,   146,    24,    -1,    41,    -1,
      84,    29,    -1,    -1,    -1,    89,    -1,   158,    36,    -1,
      53,    95,    96,    -1,    42,    99,   100,   101,   103,    -1,
      -1,    49,    -1,    -1,    67,    -1,    -1,    70,    71,    72,
      73,    -1,   117,    -1,    -1,    22,    -1,    -1,    -1,    67,
      83,    28,   127,    -1,    -1,    88,    74,   132,   133,    92,
      45,    -1,    39,    -1,    -1,   139,    84,    -1,    -1,    -1,
      -1,    89,    -1,    50,    -1,    -1,    -1,    95,    96,    -1,
     154,    99,   100,    68,    61,    -1,    -1,    64,    -1,    -1,
      75,    -1,    -1,   126,    13,   128,    81,    -1,    17,    18,
      -1,    -1,    21,    -1,    -1,    -1,    -1,    -1,    85,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    94,    -1,   104,
      -1,   139,    -1,    -1,   109,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   109,    -1,    -1,   112,   154,    -1,    -1,   124,
      -1,    -1,    -1,    -1,   121,    -1,    65,    -1,   125,    -1,
      -1,    -1,    -1,   130,   131,    -1,    -1,   134,    77,    78,
      -1,    80,    -1,   140,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    90,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,   106,   107,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   122
};

/* YYSTOS[STATE-NUM] -- The symbol kind of the accessing symbol of
   state STATE-NUM.  */
static const yytype_int16 yystos[] =
{
       0,   162,     0,     1,     3,     4,    12,    13,    14,    17,
      18,    21,    55,    62,    65,    77,    78,    80,    90,   101,
     106,   107,   122,   123,   136,   150,   163,   164,   165,   171,
     175,   179,   189,   212,   216,   217,   225,   257,     3,   149,
      84,   213,   258,    90,   226,     4,   168,    13,    90,    17,
      77,   106,   122,     4,    90,   214,    22,    28,    39,    50,
      61,    64,    85,    94,   109,   112,   121,   125,   130,   131,
     134,   140,   152,     5,     3,    54,    87,   229,   230,     4,
     220,   229,     4,     5,   166,   167,     4,   105,   158,   196,
     219,   220,    63,   102,   232,   261,    34,   113,   114,   115,
     116,   227,     4,   220,   215,   180,   229,    34,   113,     4,
     168,     4,     5,     4,   154,   176,     4,     4,     5,     4,
      80,     4,     4,    84,     4,    41,    53,    67,    70,    71,
      72,    73,    83,    88,    92,   126,   128,   252,   253,    41,
      53,     4,   154,   176,     4,   212,    10,    46,   239,   240,
     102,   231,   232,   229,   239,   167,     5,     4,   190,   229,
     156,   102,    44,   156,   156,   156,    46,   229,   181,   239,
       5,   170,    81,    81,   154,   194,   196,     5,     5,     5,
       5,     5,     5,   152,    47,   120,   151,   169,   156,   170,
     153,     4,     5,    15,    82,    93,   144,   147,   152,   154,
     156,   158,   197,   199,   200,   243,    86,   241,   232,    84,
     235,   102,   239,   243,   181,   239,    10,    66,   141,   145,
     233,   234,   156,   194,   260,   167,   228,   228,   143,   168,
     239,    16,    24,    29,    36,    42,    49,    67,    74,    84,
      89,    95,    96,    99,   100,   139,   154,   182,   185,   256,
       3,   151,   176,   177,   170,   159,     4,   253,   167,   178,
     177,   172,   159,   160,   159,   149,   152,   153,   154,   158,
     167,   201,   203,   204,     4,     4,   170,     4,    82,   144,
     200,    93,     7,     9,    11,    19,    31,    32,    33,    35,
      40,    45,    48,    51,    52,    58,    59,    69,    76,    79,
      80,    94,    97,   101,   105,   108,   110,   111,   118,   119,
     122,   123,   135,   137,   138,   142,   145,   146,   158,   218,
     244,   154,   168,   141,   242,   154,   196,    35,    37,   111,
     118,   236,   243,   101,   191,   243,     4,   157,   169,     4,
     259,   169,   157,   157,     5,   243,     4,     5,   184,   156,
     186,   186,     5,   186,   184,   184,   196,     4,     5,   186,
       5,     5,     5,   170,    45,    68,    75,    81,   104,   109,
     124,   255,   170,   155,   176,   195,   196,     5,   153,   157,
     169,   155,   173,     5,     4,     5,   149,   149,   170,   149,
       6,   167,   153,   198,   199,   157,   200,   201,   197,   247,
      56,    57,   247,    93,   200,   247,     4,    15,   159,   154,
     167,   204,   205,   207,   154,   167,   211,   154,   211,   129,
     168,     5,   129,   247,   129,     5,   167,     4,   156,     5,
     247,   196,   247,   247,     5,   156,    30,    94,   101,   142,
     156,   246,   129,     4,     4,   167,   205,   138,   170,    93,
     197,   170,   247,   247,   247,    56,    57,   237,     4,   154,
     154,   221,   234,   157,   237,   167,   157,    23,   183,   187,
     183,   183,     4,   192,   193,     4,   109,     5,     5,     4,
     167,   170,   155,   196,   170,    43,   167,    26,    27,    38,
      91,   154,   174,   202,   203,   167,   155,   199,   170,   159,
     157,    93,   248,    46,    46,   248,   203,    93,   249,   159,
       4,   170,     6,   167,   170,    25,   170,   156,   251,   159,
     251,   248,     4,   248,   249,   249,   254,     5,     5,   156,
       4,   156,   167,   245,   246,   251,     4,   192,   201,    93,
     195,   249,   249,   249,    98,   238,   170,   222,   262,   184,
     157,   169,   155,   193,   170,   170,    47,     4,   170,   155,
     203,   170,   170,     5,   203,   249,   247,   247,   249,   203,
      20,    60,   103,   117,   127,   132,   133,   250,     4,   206,
     207,   167,   210,   211,   167,   210,   252,     5,   249,   157,
     169,   249,   157,   169,     5,     4,   157,   169,   155,   201,
     155,   154,   167,   209,   192,   223,    59,   137,    44,    29,
     156,   167,   188,   170,   155,   198,   170,   249,   249,     4,
     155,   207,   170,   155,   211,   170,   155,   157,     4,   255,
     169,   169,   246,   170,   155,     1,     3,   150,   155,   165,
     171,   212,   224,   168,     4,     4,     5,   178,   155,   141,
     141,   170,   170,   157,     5,     4,   208,   209,     3,     5,
       3,   157,   247,   247,   157,   157,   155,   209,   170,   212,
     249,   249,   170
};

/* YYR1[RULE-NUM] -- Symbol kind of the left-hand side of rule RULE-NUM.  */
static const yytype_int16 yyr1[] =
{
       0,   161,   162,   162,   163,   163,   163,   164,   164,   164,
     164,   164,   164,   164,   164,   164,   164,   165,   166,   166,
     167,   167,   168,   168,   169,   169,   170,   170,   170,   172,
     171,   173,   173,   174,   174,   174,   174,   174,   174,   175,
     175,   175,   175,   175,   175,   175,   175,   175,   175,   175,
     175,   175,   175,   175,   175,   175,   175,   175,   175,   175,
     175,   175,   175,   175,   176,   177,   177,   178,   178,   180,
     179,   181,   181,   182,   182,   182,   182,   182,   182,   182,
     182,   182,   182,   182,   182,   182,   183,   183,   183,   184,
     184,   185,   185,   185,   185,   186,   186,   187,   187,   188,
     188,   188,   190,   189,   191,   191,   191,   192,   192,   193,
     194,   194,   195,   195,   196,   196,   196,   197,   197,   197,
     198,   198,   199,   199,   199,   199,   199,   199,   199,   200,
     200,   200,   200,   200,   200,   200,   200,   201,   201,   202,
     202,   203,   203,   203,   204,   204,   204,   204,   204,   204,
     205,   205,   206,   206,   207,   207,   207,   208,   208,   209,
     210,   210,   211,   211,   212,   213,   212,   214,   212,   215,
     212,   212,   212,   216,   216,   216,   216,   216,   216,   216,
     216,   216,   217,   217,   217,   218,   218,   219,   219,   220,
     221,   222,   221,   223,   223,   223,   223,   224,   224,   224,
     224,   225,   225,   226,   225,   227,   227,   227,   227,   227,
     227,   227,   227,   227,   228,   228,   229,   230,   230,   230,
     231,   231,   231,   231,   231,   232,   232,   233,   233,   234,
     234,   234,   234,   235,   235,   235,   236,   236,   236,   236,
     236,   237,   237,   237,   238,   238,   238,   239,   239,   240,
     240,   240,   240,   241,   241,   241,   242,   242,   242,   242,
     243,   243,   244,   244,   244,   244,   244,   244,   244,   244,
     244,   244,   244,   244,   244,   244,   244,   244,   244,   244,
     244,   244,   244,   244,   244,   244,   244,   244,   244,   244,
     244,   244,   244,   244,   244,   244,   244,   244,   244,   244,
     244,   244,   244,   244,   244,   244,   244,   244,   245,   245,
     246,   246,   246,   246,   246,   246,   247,   248,   248,   249,
     249,   250,   250,   250,   250,   250,   250,   250,   250,   251,
     251,   252,   252,   253,   253,   253,   253,   253,   253,   253,
     253,   253,   253,   253,   253,   253,   253,   253,   253,   253,
     254,   254,   255,   255,   255,   255,   255,   255,   255,   255,
     256,   256,   258,   259,   257,   260,   260,   261,   261,   261,
     261,   262,   262,   262
};

/* YYR2[RULE-NUM] -- Number of symbols on the right-hand side of rule RULE-NUM.  */
static const yytype_int8 yyr2[] =
{
       0,     2,     0,     2,     1,     2,     2,     3,     1,     1,
       1,     1,     1,     5,     1,     1,     3,     2,     1,     2,
       1,     1,     1,     2,     0,     1,     0,     2,     2,     0,
       6,     0,     2,     1,     1,     1,     2,     3,     4,     3,
       6,     3,     6,     3,     3,     3,     3,     3,     3,     3,
       4,     3,     3,     3,     3,     4,     3,     4,     3,     3,
       6,     3,     3,     3,     2,     2,     3,     1,     3,     0,
       4,     0,     2,     2,     2,     3,     3,     3,     2,     2,
       2,     1,     2,     2,     1,     4,     0,     4,     4,     1,
       1,     2,     2,     2,     2,     0,     3,     0,     3,     1,
       1,     3,     0,     6,     0,     2,     5,     2,     3,     1,
       1,     4,     2,     3,     1,     2,     2,     1,     1,     4,
       2,     3,     1,     2,     1,     2,     1,     2,     2,     1,
       3,     3,     3,     3,     3,     5,     4,     1,     4,     2,
       3,     1,     2,     3,     1,     2,     2,     1,     2,     1,
       1,     4,     2,     3,     1,     2,     3,     2,     3,     1,
       2,     3,     1,     3,     4,     0,     7,     0,     5,     0,
       6,     5,     5,     1,     2,     2,     1,     2,     2,     1,
       2,     2,     1,     1,     1,     0,     4,     0,     1,     1,
       0,     0,     4,     0,     2,     3,     3,     1,     1,     1,
       3,     1,     1,     0,     3,     0,     1,     1,     1,     5,
       1,     4,     1,     4,     1,     3,     6,     0,     1,     1,
       0,     1,     1,     2,     2,     1,     4,     1,     3,     1,
       1,     1,     2,     0,     2,     5,     0,     1,     3,     3,
       3,     0,     1,     1,     0,     2,     5,     1,     3,     0,
       2,     4,     3,     0,     2,     5,     0,     2,     4,     3,
       0,     2,     2,     2,     4,     3,     2,     2,     5,     2,
       5,     2,     2,     3,     3,     3,     1,     1,     2,     2,
       4,     6,     2,     2,     3,     2,     2,     2,     2,     2,
       4,     4,     2,     4,     1,     4,     4,     4,     5,     8,
       5,     8,     3,     3,     3,     4,     1,     3,     1,     3,
       2,     6,     2,     6,     2,     2,     1,     0,     2,     0,
       2,     1,     1,     1,     2,     1,     1,     1,     1,     0,
       3,     1,     3,     2,     1,     2,     2,     4,     4,     5,
       6,     2,     1,     2,     2,     1,     1,     1,     1,     2,
       0,     3,     1,     2,     2,     2,     2,     1,     2,     2,
       0,     2,     0,     0,     8,     1,     3,     0,     1,     1,
       2,     0,     3,     3
};


enum { YYENOMEM = -2 };

#define yyerrok         (yyerrstatus = 0)
#define yyclearin       (yychar = PFY_EMPTY)

#define YYACCEPT        goto yyacceptlab
#define YYABORT         goto yyabortlab
#define YYERROR         goto yyerrorlab
#define YYNOMEM         goto yyexhaustedlab


#define YYRECOVERING()  (!!yyerrstatus)

#define YYBACKUP(Token, Value)                                    \
  do                                                              \
    if (yychar == PFY_EMPTY)                                        \
      {                                                           \
        yychar = (Token);                                         \
        yylval = (Value);                                         \
        YYPOPSTACK (yylen);                                       \
        yystate = *yyssp;                                         \
        goto yybackup;                                            \
      }                                                           \
    else                                                          \
      {                                                           \
        yyerror (&yylloc, scanner, ctx, YY_("syntax error: cannot back up")); \
        YYERROR;                                                  \
      }                                                           \
  while (0)

/* Backward compatibility with an undocumented macro.
   Use PFY_error or PFY_UNDEF. */
#define YYERRCODE PFY_UNDEF

/* YYLLOC_DEFAULT -- Set CURRENT to span from RHS[1] to RHS[N].
   If N is 0, then set CURRENT to the empty location which ends
   the previous symbol: RHS[0] (always defined).  */

#ifndef YYLLOC_DEFAULT
# define YYLLOC_DEFAULT(Current, Rhs, N)                                \
    do                                                                  \
      if (N)                                                            \
        {                                                               \
          (Current).first_line   = YYRHSLOC (Rhs, 1).first_line;        \
          (Current).first_column = YYRHSLOC (Rhs, 1).first_column;      \
          (Current).last_line    = YYRHSLOC (Rhs, N).last_line;         \
          (Current).last_column  = YYRHSLOC (Rhs, N).last_column;       \
        }                                                               \
      else                                                              \
        {                                                               \
          (Current).first_line   = (Current).last_line   =              \
            YYRHSLOC (Rhs, 0).last_line;                                \
          (Current).first_column = (Current).last_column =              \
            YYRHSLOC (Rhs, 0).last_column;                              \
        }                                                               \
    while (0)
#endif

#define YYRHSLOC(Rhs, K) ((Rhs)[K])


/* Enable debugging if requested.  */
#if PFY_DEBUG

# ifndef YYFPRINTF
#  include <stdio.h> /* INFRINGES ON USER NAME SPACE */
#  define YYFPRINTF fprintf
# endif

# define YYDPRINTF(Args)                        \
do {                                            \
  if (yydebug)                                  \
    YYFPRINTF Args;                             \
} while (0)


/* YYLOCATION_PRINT -- Print the location on the stream.
   This macro was not mandated originally: define only if we know
   we won't break user code: when these are the locations we know.  */

# ifndef YYLOCATION_PRINT

#  if defined YY_LOCATION_PRINT

   /* Temporary convenience wrapper in case some people defined the
      undocumented and private YY_LOCATION_PRINT macros.  */
#   define YYLOCATION_PRINT(File, Loc)  YY_LOCATION_PRINT(File, *(Loc))

#  elif defined PFY_LTYPE_IS_TRIVIAL && PFY_LTYPE_IS_TRIVIAL

/* Print *YYLOCP on YYO.  Private, do not rely on its existence. */

YY_ATTRIBUTE_UNUSED
static int
yy_location_print_ (FILE *yyo, YYLTYPE const * const yylocp)
{
  int res = 0;
  int end_col = 0 != yylocp->last_column ? yylocp->last_column - 1 : 0;
  if (0 <= yylocp->first_line)
    {
      res += YYFPRINTF (yyo, "%d", yylocp->first_line);
      if (0 <= yylocp->first_column)
        res += YYFPRINTF (yyo, ".%d", yylocp->first_column);
    }
  if (0 <= yylocp->last_line)
    {
      if (yylocp->first_line < yylocp->last_line)
        {
          res += YYFPRINTF (yyo, "-%d", yylocp->last_line);
          if (0 <= end_col)
            res += YYFPRINTF (yyo, ".%d", end_col);
        }
      else if (0 <= end_col && yylocp->first_column < end_col)
        res += YYFPRINTF (yyo, "-%d", end_col);
    }
  return res;
}

#   define YYLOCATION_PRINT  yy_location_print_

    /* Temporary convenience wrapper in case some people defined the
       undocumented and private YY_LOCATION_PRINT macros.  */
#   define YY_LOCATION_PRINT(File, Loc)  YYLOCATION_PRINT(File, &(Loc))

#  else

#   define YYLOCATION_PRINT(File, Loc) ((void) 0)
    /* Temporary convenience wrapper in case some people defined the
       undocumented and private YY_LOCATION_PRINT macros.  */
#   define YY_LOCATION_PRINT  YYLOCATION_PRINT

#  endif
# endif /* !defined YYLOCATION_PRINT */


# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)                    \
do {                                                                      \
  if (yydebug)                                                            \
    {                                                                     \
      YYFPRINTF (stderr, "%s ", Title);                                   \
      yy_symbol_print (stderr,                                            \
                  Kind, Value, Location, scanner, ctx); \
      YYFPRINTF (stderr, "\n");                                           \
    }                                                                     \
} while (0)


/*-----------------------------------.
| Print this symbol's value on YYO.  |
`-----------------------------------*/

static void
yy_symbol_value_print (FILE *yyo,
                       yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, yyscan_t scanner, struct pf_ctx *ctx)
{
  FILE *yyoutput = yyo;
  YY_USE (yyoutput);
  YY_USE (yylocationp);
  YY_USE (scanner);
  YY_USE (ctx);
  if (!yyvaluep)
    return;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  YY_USE (yykind);
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}


/*---------------------------.
| Print this symbol on YYO.  |
`---------------------------*/

static void
yy_symbol_print (FILE *yyo,
                 yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, yyscan_t scanner, struct pf_ctx *ctx)
{
  YYFPRINTF (yyo, "%s %s (",
             yykind < YYNTOKENS ? "token" : "nterm", yysymbol_name (yykind));

  YYLOCATION_PRINT (yyo, yylocationp);
  YYFPRINTF (yyo, ": ");
  yy_symbol_value_print (yyo, yykind, yyvaluep, yylocationp, scanner, ctx);
  YYFPRINTF (yyo, ")");
}

/*------------------------------------------------------------------.
| yy_stack_print -- Print the state stack from its BOTTOM up to its |
| TOP (included).                                                   |
`------------------------------------------------------------------*/

static void
yy_stack_print (yy_state_t *yybottom, yy_state_t *yytop)
{
  YYFPRINTF (stderr, "Stack now");
  for (; yybottom <= yytop; yybottom++)
    {
      int yybot = *yybottom;
      YYFPRINTF (stderr, " %d", yybot);
    }
  YYFPRINTF (stderr, "\n");
}

# define YY_STACK_PRINT(Bottom, Top)                            \
do {                                                            \
  if (yydebug)                                                  \
    yy_stack_print ((Bottom), (Top));                           \
} while (0)


/*------------------------------------------------.
| Report that the YYRULE is going to be reduced.  |
`------------------------------------------------*/

static void
yy_reduce_print (yy_state_t *yyssp, YYSTYPE *yyvsp, YYLTYPE *yylsp,
                 int yyrule, yyscan_t scanner, struct pf_ctx *ctx)
{
  int yylno = yyrline[yyrule];
  int yynrhs = yyr2[yyrule];
  int yyi;
  YYFPRINTF (stderr, "Reducing stack by rule %d (line %d):\n",
             yyrule - 1, yylno);
  /* The symbols being reduced.  */
  for (yyi = 0; yyi < yynrhs; yyi++)
    {
      YYFPRINTF (stderr, "   $%d = ", yyi + 1);
      yy_symbol_print (stderr,
                       YY_ACCESSING_SYMBOL (+yyssp[yyi + 1 - yynrhs]),
                       &yyvsp[(yyi + 1) - (yynrhs)],
                       &(yylsp[(yyi + 1) - (yynrhs)]), scanner, ctx);
      YYFPRINTF (stderr, "\n");
    }
}

# define YY_REDUCE_PRINT(Rule)          \
do {                                    \
  if (yydebug)                          \
    yy_reduce_print (yyssp, yyvsp, yylsp, Rule, scanner, ctx); \
} while (0)

/* Nonzero means print parse trace.  It is left uninitialized so that
   multiple parsers can coexist.  */
int yydebug;
#else /* !PFY_DEBUG */
# define YYDPRINTF(Args) ((void) 0)
# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)
# define YY_STACK_PRINT(Bottom, Top)
# define YY_REDUCE_PRINT(Rule)
#endif /* !PFY_DEBUG */


/* YYINITDEPTH -- initial size of the parser's stacks.  */
#ifndef YYINITDEPTH
# define YYINITDEPTH 200
#endif

/* YYMAXDEPTH -- maximum size the stacks can grow to (effective only
   if the built-in stack extension method is used).

   Do not make this value too large; the results are undefined if
   YYSTACK_ALLOC_MAXIMUM < YYSTACK_BYTES (YYMAXDEPTH)
   evaluated with infinite-precision integer arithmetic.  */

#ifndef YYMAXDEPTH
# define YYMAXDEPTH 10000
#endif


/* Context of a parse error.  */
typedef struct
{
  yy_state_t *yyssp;
  yysymbol_kind_t yytoken;
  YYLTYPE *yylloc;
} yypcontext_t;

/* Put in YYARG at most YYARGN of the expected tokens given the
   current YYCTX, and return the number of tokens stored in YYARG.  If
   YYARG is null, return the number of expected tokens (guaranteed to
   be less than YYNTOKENS).  Return YYENOMEM on memory exhaustion.
   Return 0 if there are more than YYARGN expected tokens, yet fill
   YYARG up to YYARGN. */
static int
yypcontext_expected_tokens (const yypcontext_t *yyctx,
                            yysymbol_kind_t yyarg[], int yyargn)
{
  /* Actual size of YYARG. */
  int yycount = 0;
  int yyn = yypact[+*yyctx->yyssp];
  if (!yypact_value_is_default (yyn))
    {
      /* Start YYX at -YYN if negative to avoid negative indexes in
         YYCHECK.  In other words, skip the first -YYN actions for
         this state because they are default actions.  */
      int yyxbegin = yyn < 0 ? -yyn : 0;
      /* Stay within bounds of both yycheck and yytname.  */
      int yychecklim = YYLAST - yyn + 1;
      int yyxend = yychecklim < YYNTOKENS ? yychecklim : YYNTOKENS;
      int yyx;
      for (yyx = yyxbegin; yyx < yyxend; ++yyx)
        if (yycheck[yyx + yyn] == yyx && yyx != YYSYMBOL_YYerror
            && !yytable_value_is_error (yytable[yyx + yyn]))
          {
            if (!yyarg)
              ++yycount;
            else if (yycount == yyargn)
              return 0;
            else
              yyarg[yycount++] = YY_CAST (yysymbol_kind_t, yyx);
          }
    }
  if (yyarg && yycount == 0 && 0 < yyargn)
    yyarg[0] = YYSYMBOL_YYEMPTY;
  return yycount;
}




/* The kind of the lookahead of this context.  */
static yysymbol_kind_t
yypcontext_token (const yypcontext_t *yyctx) YY_ATTRIBUTE_UNUSED;

static yysymbol_kind_t
yypcontext_token (const yypcontext_t *yyctx)
{
  return yyctx->yytoken;
}

/* The location of the lookahead of this context.  */
static YYLTYPE *
yypcontext_location (const yypcontext_t *yyctx) YY_ATTRIBUTE_UNUSED;

static YYLTYPE *
yypcontext_location (const yypcontext_t *yyctx)
{
  return yyctx->yylloc;
}

/* User defined function to report a syntax error.  */
static int
yyreport_syntax_error (const yypcontext_t *yyctx, yyscan_t scanner, struct pf_ctx *ctx);

/*-----------------------------------------------.
| Release the memory associated to this symbol.  |
`-----------------------------------------------*/

static void
yydestruct (const char *yymsg,
            yysymbol_kind_t yykind, YYSTYPE *yyvaluep, YYLTYPE *yylocationp, yyscan_t scanner, struct pf_ctx *ctx)
{
  YY_USE (yyvaluep);
  YY_USE (yylocationp);
  YY_USE (scanner);
  YY_USE (ctx);
  if (!yymsg)
    yymsg = "Deleting";
  YY_SYMBOL_PRINT (yymsg, yykind, yyvaluep, yylocationp);

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  YY_USE (yykind);
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}






/*----------.
| yyparse.  |
`----------*/

int
yyparse (yyscan_t scanner, struct pf_ctx *ctx)
{
/* Lookahead token kind.  */
int yychar;


/* The semantic value of the lookahead symbol.  */
/* Default value used for initialization, for pacifying older GCCs
   or non-GCC compilers.  */
YY_INITIAL_VALUE (static YYSTYPE yyval_default;)
YYSTYPE yylval YY_INITIAL_VALUE (= yyval_default);

/* Location data for the lookahead symbol.  */
static YYLTYPE yyloc_default
# if defined PFY_LTYPE_IS_TRIVIAL && PFY_LTYPE_IS_TRIVIAL
  = { 1, 1, 1, 1 }
# endif
;
YYLTYPE yylloc = yyloc_default;

    /* Number of syntax errors so far.  */
    int yynerrs = 0;

    yy_state_fast_t yystate = 0;
    /* Number of tokens to shift before error messages enabled.  */
    int yyerrstatus = 0;

    /* Refer to the stacks through separate pointers, to allow yyoverflow
       to reallocate them elsewhere.  */

    /* Their size.  */
    YYPTRDIFF_T yystacksize = YYINITDEPTH;

    /* The state stack: array, bottom, top.  */
    yy_state_t yyssa[YYINITDEPTH];
    yy_state_t *yyss = yyssa;
    yy_state_t *yyssp = yyss;

    /* The semantic value stack: array, bottom, top.  */
    YYSTYPE yyvsa[YYINITDEPTH];
    YYSTYPE *yyvs = yyvsa;
    YYSTYPE *yyvsp = yyvs;

    /* The location stack: array, bottom, top.  */
    YYLTYPE yylsa[YYINITDEPTH];
    YYLTYPE *yyls = yylsa;
    YYLTYPE *yylsp = yyls;

  int yyn;
  /* The return value of yyparse.  */
  int yyresult;
  /* Lookahead symbol kind.  */
  yysymbol_kind_t yytoken = YYSYMBOL_YYEMPTY;
  /* The variables used to return semantic value and location from the
     action routines.  */
  YYSTYPE yyval;
  YYLTYPE yyloc;

  /* The locations where the error started and ended.  */
  YYLTYPE yyerror_range[3];



#define YYPOPSTACK(N)   (yyvsp -= (N), yyssp -= (N), yylsp -= (N))

  /* The number of symbols on the RHS of the reduced rule.
     Keep to zero when no symbol should be popped.  */
  int yylen = 0;

  YYDPRINTF ((stderr, "Starting parse\n"));

  yychar = PFY_EMPTY; /* Cause a token to be read.  */

  yylsp[0] = yylloc;
  goto yysetstate;


/*------------------------------------------------------------.
| yynewstate -- push a new state, which is found in yystate.  |
`------------------------------------------------------------*/
yynewstate:
  /* In all cases, when you get here, the value and location stacks
     have just been pushed.  So pushing a state here evens the stacks.  */
  yyssp++;


/*--------------------------------------------------------------------.
| yysetstate -- set current state (the top of the stack) to yystate.  |
`--------------------------------------------------------------------*/
yysetstate:
  YYDPRINTF ((stderr, "Entering state %d\n", yystate));
  YY_ASSERT (0 <= yystate && yystate < YYNSTATES);
  YY_IGNORE_USELESS_CAST_BEGIN
  *yyssp = YY_CAST (yy_state_t, yystate);
  YY_IGNORE_USELESS_CAST_END
  YY_STACK_PRINT (yyss, yyssp);

  if (yyss + yystacksize - 1 <= yyssp)
#if !defined yyoverflow && !defined YYSTACK_RELOCATE
    YYNOMEM;
#else
    {
      /* Get the current used size of the three stacks, in elements.  */
      YYPTRDIFF_T yysize = yyssp - yyss + 1;

# if defined yyoverflow
      {
        /* Give user a chance to reallocate the stack.  Use copies of
           these so that the &'s don't force the real ones into
           memory.  */
        yy_state_t *yyss1 = yyss;
        YYSTYPE *yyvs1 = yyvs;
        YYLTYPE *yyls1 = yyls;

        /* Each stack pointer address is followed by the size of the
           data in use in that stack, in bytes.  This used to be a
           conditional around just the two extra args, but that might
           be undefined if yyoverflow is a macro.  */
        yyoverflow (YY_("memory exhausted"),
                    &yyss1, yysize * YYSIZEOF (*yyssp),
                    &yyvs1, yysize * YYSIZEOF (*yyvsp),
                    &yyls1, yysize * YYSIZEOF (*yylsp),
                    &yystacksize);
        yyss = yyss1;
        yyvs = yyvs1;
        yyls = yyls1;
      }
# else /* defined YYSTACK_RELOCATE */
      /* Extend the stack our own way.  */
      if (YYMAXDEPTH <= yystacksize)
        YYNOMEM;
      yystacksize *= 2;
      if (YYMAXDEPTH < yystacksize)
        yystacksize = YYMAXDEPTH;

      {
        yy_state_t *yyss1 = yyss;
        union yyalloc *yyptr =
          YY_CAST (union yyalloc *,
                   YYSTACK_ALLOC (YY_CAST (YYSIZE_T, YYSTACK_BYTES (yystacksize))));
        if (! yyptr)
          YYNOMEM;
        YYSTACK_RELOCATE (yyss_alloc, yyss);
        YYSTACK_RELOCATE (yyvs_alloc, yyvs);
        YYSTACK_RELOCATE (yyls_alloc, yyls);
#  undef YYSTACK_RELOCATE
        if (yyss1 != yyssa)
          YYSTACK_FREE (yyss1);
      }
# endif

      yyssp = yyss + yysize - 1;
      yyvsp = yyvs + yysize - 1;
      yylsp = yyls + yysize - 1;

      YY_IGNORE_USELESS_CAST_BEGIN
      YYDPRINTF ((stderr, "Stack size increased to %ld\n",
                  YY_CAST (long, yystacksize)));
      YY_IGNORE_USELESS_CAST_END

      if (yyss + yystacksize - 1 <= yyssp)
        YYABORT;
    }
#endif /* !defined yyoverflow && !defined YYSTACK_RELOCATE */


  if (yystate == YYFINAL)
    YYACCEPT;

  goto yybackup;


/*-----------.
| yybackup.  |
`-----------*/
yybackup:
  /* Do appropriate processing given the current state.  Read a
     lookahead token if we need one and don't already have one.  */

  /* First try to decide what to do without reference to lookahead token.  */
  yyn = yypact[yystate];
  if (yypact_value_is_default (yyn))
    goto yydefault;

  /* Not known => get a lookahead token if don't already have one.  */

  /* YYCHAR is either empty, or end-of-input, or a valid lookahead.  */
  if (yychar == PFY_EMPTY)
    {
      YYDPRINTF ((stderr, "Reading a token\n"));
      yychar = yylex (&yylval, &yylloc, scanner);
    }

  if (yychar <= PFY_EOF)
    {
      yychar = PFY_EOF;
      yytoken = YYSYMBOL_YYEOF;
      YYDPRINTF ((stderr, "Now at end of input.\n"));
    }
  else if (yychar == PFY_error)
    {
      /* The scanner already issued an error message, process directly
         to error recovery.  But do not keep the error token as
         lookahead, it is too special and may lead us to an endless
         loop in error recovery. */
      yychar = PFY_UNDEF;
      yytoken = YYSYMBOL_YYerror;
      yyerror_range[1] = yylloc;
      goto yyerrlab1;
    }
  else
    {
      yytoken = YYTRANSLATE (yychar);
      YY_SYMBOL_PRINT ("Next token is", yytoken, &yylval, &yylloc);
    }

  /* If the proper action on seeing token YYTOKEN is to reduce or to
     detect an error, take that action.  */
  yyn += yytoken;
  if (yyn < 0 || YYLAST < yyn || yycheck[yyn] != yytoken)
    goto yydefault;
  yyn = yytable[yyn];
  if (yyn <= 0)
    {
      if (yytable_value_is_error (yyn))
        goto yyerrlab;
      yyn = -yyn;
      goto yyreduce;
    }

  /* Count tokens shifted since error; after three, turn off error
     status.  */
  if (yyerrstatus)
    yyerrstatus--;

  /* Shift the lookahead token.  */
  YY_SYMBOL_PRINT ("Shifting", yytoken, &yylval, &yylloc);
  yystate = yyn;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END
  *++yylsp = yylloc;

  /* Discard the shifted token.  */
  yychar = PFY_EMPTY;
  goto yynewstate;


/*-----------------------------------------------------------.
| yydefault -- do the default action for the current state.  |
`-----------------------------------------------------------*/
yydefault:
  yyn = yydefact[yystate];
  if (yyn == 0)
    goto yyerrlab;
  goto yyreduce;


/*-----------------------------.
| yyreduce -- do a reduction.  |
`-----------------------------*/
yyreduce:
  /* yyn is the number of a rule to reduce with.  */
  yylen = yyr2[yyn];

  /* If YYLEN is nonzero, implement the default value of the action:
     '$$ = $1'.

     Otherwise, the following line sets YYVAL to garbage.
     This behavior is undocumented and Bison
     users should not rely upon it.  Assigning to YYVAL
     unconditionally makes the parser a bit smaller, and it avoids a
     GCC warning that YYVAL may be used uninitialized.  */
  yyval = yyvsp[1-yylen];

  /* Default location. */
  YYLLOC_DEFAULT (yyloc, (yylsp - yylen), yylen);
  yyerror_range[1] = yyloc;
  YY_REDUCE_PRINT (yyn);
  switch (yyn)
    {
  case 5: /* line: stmt "end of line"  */
#line 122 "grammar/pf.y"
                                        { pf_stmt_end(ctx); }
#line 2125 "build-scan/gen/pf.tab.c"
    break;

  case 6: /* line: error "end of line"  */
#line 123 "grammar/pf.y"
                                        { pf_stmt_abort(ctx); yyerrok; }
#line 2131 "build-scan/gen/pf.tab.c"
    break;

  case 7: /* stmt: "word" '=' words  */
#line 127 "grammar/pf.y"
                                        { pf_macro_set(ctx, (yyvsp[-2].str), (yyvsp[0].item), (yylsp[-2])); }
#line 2137 "build-scan/gen/pf.tab.c"
    break;

  case 13: /* stmt: LOAD ANCHOR anchorname FROM string  */
#line 133 "grammar/pf.y"
                                             { pf_load_anchor(ctx, (yyvsp[-2].str), (yyvsp[0].str), (yyloc)); }
#line 2143 "build-scan/gen/pf.tab.c"
    break;

  case 17: /* include: INCLUDE string  */
#line 140 "grammar/pf.y"
                                        { pf_include(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 2149 "build-scan/gen/pf.tab.c"
    break;

  case 19: /* words: words word  */
#line 145 "grammar/pf.y"
                                        { (yyval.item) = pf_item_cat((yyvsp[-1].item), (yyvsp[0].item)); }
#line 2155 "build-scan/gen/pf.tab.c"
    break;

  case 20: /* word: "word"  */
#line 149 "grammar/pf.y"
                                        { (yyval.item) = pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 2161 "build-scan/gen/pf.tab.c"
    break;

  case 21: /* word: "number"  */
#line 150 "grammar/pf.y"
                                        { (yyval.item) = pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])); }
#line 2167 "build-scan/gen/pf.tab.c"
    break;

  case 23: /* string: string "word"  */
#line 155 "grammar/pf.y"
                                        { (yyval.str) = (yyvsp[-1].str); (void)(yyvsp[0].str); }
#line 2173 "build-scan/gen/pf.tab.c"
    break;

  case 29: /* $@1: %empty  */
#line 174 "grammar/pf.y"
                                        { pf_table_begin(ctx, (yyvsp[-1].str), (yylsp[-1])); }
#line 2179 "build-scan/gen/pf.tab.c"
    break;

  case 30: /* table: TABLE '<' "word" '>' $@1 table_opts  */
#line 175 "grammar/pf.y"
                                        { pf_table_end(ctx, (yyloc)); }
#line 2185 "build-scan/gen/pf.tab.c"
    break;

  case 33: /* table_opt: PERSIST  */
#line 184 "grammar/pf.y"
                                        { pf_table_opt(ctx, "persist", (yylsp[0])); }
#line 2191 "build-scan/gen/pf.tab.c"
    break;

  case 34: /* table_opt: CONST  */
#line 185 "grammar/pf.y"
                                        { pf_table_opt(ctx, "const", (yylsp[0])); }
#line 2197 "build-scan/gen/pf.tab.c"
    break;

  case 35: /* table_opt: COUNTERS  */
#line 186 "grammar/pf.y"
                                        { pf_table_opt(ctx, "counters", (yylsp[0])); }
#line 2203 "build-scan/gen/pf.tab.c"
    break;

  case 36: /* table_opt: FILENAME "word"  */
#line 187 "grammar/pf.y"
                                        { pf_table_file(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 2209 "build-scan/gen/pf.tab.c"
    break;

  case 38: /* table_opt: '{' lsep host_list '}'  */
#line 189 "grammar/pf.y"
                                 { pf_table_hosts(ctx, (yyvsp[-1].host)); }
#line 2215 "build-scan/gen/pf.tab.c"
    break;

  case 39: /* set: SET TIMEOUT value  */
#line 195 "grammar/pf.y"
                                        { pf_set_option(ctx, "timeout", (yyvsp[0].item), (yyloc)); }
#line 2221 "build-scan/gen/pf.tab.c"
    break;

  case 40: /* set: SET TIMEOUT '{' lsep value_list '}'  */
#line 196 "grammar/pf.y"
                                              { pf_set_option(ctx, "timeout", (yyvsp[-1].item), (yyloc)); }
#line 2227 "build-scan/gen/pf.tab.c"
    break;

  case 41: /* set: SET LIMIT value  */
#line 197 "grammar/pf.y"
                                        { pf_set_option(ctx, "limit", (yyvsp[0].item), (yyloc)); }
#line 2233 "build-scan/gen/pf.tab.c"
    break;

  case 42: /* set: SET LIMIT '{' lsep value_list '}'  */
#line 198 "grammar/pf.y"
                                            { pf_set_option(ctx, "limit", (yyvsp[-1].item), (yyloc)); }
#line 2239 "build-scan/gen/pf.tab.c"
    break;

  case 43: /* set: SET OPTIMIZATION "word"  */
#line 199 "grammar/pf.y"
                                        { pf_set_option(ctx, "optimization", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 2245 "build-scan/gen/pf.tab.c"
    break;

  case 44: /* set: SET RULESETOPTIMIZATION "word"  */
#line 200 "grammar/pf.y"
                                         { pf_set_option(ctx, "ruleset-optimization", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 2251 "build-scan/gen/pf.tab.c"
    break;

  case 45: /* set: SET BLOCKPOLICY DROP  */
#line 201 "grammar/pf.y"
                                        { pf_set_option(ctx, "block-policy", pf_item_str(ctx, "drop", (yylsp[0])), (yyloc)); }
#line 2257 "build-scan/gen/pf.tab.c"
    break;

  case 46: /* set: SET BLOCKPOLICY RETURN  */
#line 202 "grammar/pf.y"
                                        { pf_set_option(ctx, "block-policy", pf_item_str(ctx, "return", (yylsp[0])), (yyloc)); }
#line 2263 "build-scan/gen/pf.tab.c"
    break;

  case 47: /* set: SET STATEPOLICY IFBOUND  */
#line 203 "grammar/pf.y"
                                        { pf_set_option(ctx, "state-policy", NULL, (yyloc)); }
#line 2269 "build-scan/gen/pf.tab.c"
    break;

  case 48: /* set: SET STATEPOLICY FLOATING  */
#line 204 "grammar/pf.y"
                                        { pf_set_option(ctx, "state-policy", NULL, (yyloc)); }
#line 2275 "build-scan/gen/pf.tab.c"
    break;

  case 49: /* set: SET FINGERPRINTS string  */
#line 205 "grammar/pf.y"
                                        { pf_set_option(ctx, "fingerprints", NULL, (yyloc)); }
#line 2281 "build-scan/gen/pf.tab.c"
    break;

  case 50: /* set: SET SKIP ON if_spec  */
#line 206 "grammar/pf.y"
                                        { pf_set_skip(ctx, (yyvsp[0].item), (yyloc)); }
#line 2287 "build-scan/gen/pf.tab.c"
    break;

  case 51: /* set: SET DEBUG "word"  */
#line 207 "grammar/pf.y"
                                        { pf_set_option(ctx, "debug", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 2293 "build-scan/gen/pf.tab.c"
    break;

  case 52: /* set: SET HOSTID "number"  */
#line 208 "grammar/pf.y"
                                        { pf_set_option(ctx, "hostid", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yylsp[0])); }
#line 2299 "build-scan/gen/pf.tab.c"
    break;

  case 53: /* set: SET HOSTID "word"  */
#line 209 "grammar/pf.y"
                                        { pf_set_option(ctx, "hostid", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yylsp[0])); }
#line 2305 "build-scan/gen/pf.tab.c"
    break;

  case 54: /* set: SET REASSEMBLE "word"  */
#line 210 "grammar/pf.y"
                                        { pf_set_option(ctx, "reassemble", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 2311 "build-scan/gen/pf.tab.c"
    break;

  case 55: /* set: SET REASSEMBLE "word" NODF  */
#line 211 "grammar/pf.y"
                                        { pf_set_option(ctx, "reassemble", pf_item_str(ctx, (yyvsp[-1].str), (yylsp[-1])), (yyloc)); }
#line 2317 "build-scan/gen/pf.tab.c"
    break;

  case 56: /* set: SET REASSEMBLE NO  */
#line 212 "grammar/pf.y"
                                        { pf_set_option(ctx, "reassemble", pf_item_str(ctx, "no", (yylsp[0])), (yyloc)); }
#line 2323 "build-scan/gen/pf.tab.c"
    break;

  case 57: /* set: SET REASSEMBLE NO NODF  */
#line 213 "grammar/pf.y"
                                        { pf_set_option(ctx, "reassemble", pf_item_str(ctx, "no", (yylsp[-1])), (yyloc)); }
#line 2329 "build-scan/gen/pf.tab.c"
    break;

  case 58: /* set: SET LOGINTERFACE "word"  */
#line 214 "grammar/pf.y"
                                        { pf_set_option(ctx, "loginterface", NULL, (yyloc)); }
#line 2335 "build-scan/gen/pf.tab.c"
    break;

  case 59: /* set: SET SYNCOOKIES "word"  */
#line 215 "grammar/pf.y"
                                        { pf_set_option(ctx, "syncookies", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 2341 "build-scan/gen/pf.tab.c"
    break;

  case 60: /* set: SET SYNCOOKIES "word" '(' arg_words ')'  */
#line 216 "grammar/pf.y"
                                                  { pf_set_option(ctx, "syncookies", pf_item_str(ctx, (yyvsp[-3].str), (yylsp[-3])), (yyloc)); }
#line 2347 "build-scan/gen/pf.tab.c"
    break;

  case 61: /* set: SET STATEDEFAULTS state_opt_list  */
#line 217 "grammar/pf.y"
                                           { pf_set_option(ctx, "state-defaults", NULL, (yyloc)); }
#line 2353 "build-scan/gen/pf.tab.c"
    break;

  case 62: /* set: SET REQUIREORDER "word"  */
#line 218 "grammar/pf.y"
                                        { pf_set_option(ctx, "require-order", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 2359 "build-scan/gen/pf.tab.c"
    break;

  case 63: /* set: SET PRIO "number"  */
#line 219 "grammar/pf.y"
                                        { pf_set_option(ctx, "prio", NULL, (yyloc)); }
#line 2365 "build-scan/gen/pf.tab.c"
    break;

  case 64: /* value: "word" "number"  */
#line 223 "grammar/pf.y"
                                        { (yyval.item) = pf_item_str(ctx, (yyvsp[-1].str), (yylsp[-1])); (yyval.item)->n = (yyvsp[0].num); (yyval.item)->has2 = true; }
#line 2371 "build-scan/gen/pf.tab.c"
    break;

  case 66: /* value_list: value_list value lsep  */
#line 228 "grammar/pf.y"
                                { (yyval.item) = pf_item_cat((yyvsp[-2].item), (yyvsp[-1].item)); }
#line 2377 "build-scan/gen/pf.tab.c"
    break;

  case 68: /* arg_words: arg_words comma word  */
#line 234 "grammar/pf.y"
                                        { (yyval.item) = pf_item_cat((yyvsp[-2].item), (yyvsp[0].item)); }
#line 2383 "build-scan/gen/pf.tab.c"
    break;

  case 69: /* $@2: %empty  */
#line 240 "grammar/pf.y"
                                        { pf_queue_begin(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 2389 "build-scan/gen/pf.tab.c"
    break;

  case 70: /* queue: QUEUE "word" $@2 queue_opts  */
#line 241 "grammar/pf.y"
                                        { pf_queue_end(ctx, (yyloc)); }
#line 2395 "build-scan/gen/pf.tab.c"
    break;

  case 73: /* queue_opt: ON if_item  */
#line 250 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "on", (yyvsp[0].item), (yyloc)); }
#line 2401 "build-scan/gen/pf.tab.c"
    break;

  case 74: /* queue_opt: PARENT "word"  */
#line 251 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "parent", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 2407 "build-scan/gen/pf.tab.c"
    break;

  case 75: /* queue_opt: BANDWIDTH bw queue_burst  */
#line 252 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "bandwidth", NULL, (yyloc)); }
#line 2413 "build-scan/gen/pf.tab.c"
    break;

  case 76: /* queue_opt: MINIMUM bw queue_burst  */
#line 253 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "min", NULL, (yyloc)); }
#line 2419 "build-scan/gen/pf.tab.c"
    break;

  case 77: /* queue_opt: MAXIMUM bw queue_burst  */
#line 254 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "max", NULL, (yyloc)); }
#line 2425 "build-scan/gen/pf.tab.c"
    break;

  case 78: /* queue_opt: FLOWS "number"  */
#line 255 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "flows", NULL, (yyloc)); }
#line 2431 "build-scan/gen/pf.tab.c"
    break;

  case 79: /* queue_opt: QUANTUM "number"  */
#line 256 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "quantum", NULL, (yyloc)); }
#line 2437 "build-scan/gen/pf.tab.c"
    break;

  case 80: /* queue_opt: QLIMIT "number"  */
#line 257 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "qlimit", NULL, (yyloc)); }
#line 2443 "build-scan/gen/pf.tab.c"
    break;

  case 81: /* queue_opt: DEFAULT  */
#line 258 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "default", NULL, (yyloc)); }
#line 2449 "build-scan/gen/pf.tab.c"
    break;

  case 82: /* queue_opt: PRIORITY "number"  */
#line 259 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "priority", NULL, (yyloc)); }
#line 2455 "build-scan/gen/pf.tab.c"
    break;

  case 83: /* queue_opt: TBRSIZE "number"  */
#line 260 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "tbrsize", NULL, (yyloc)); }
#line 2461 "build-scan/gen/pf.tab.c"
    break;

  case 85: /* queue_opt: '{' lsep word_list '}'  */
#line 262 "grammar/pf.y"
                                 { pf_queue_opt(ctx, "children", (yyvsp[-1].item), (yyloc)); }
#line 2467 "build-scan/gen/pf.tab.c"
    break;

  case 91: /* scheduler: CBQ sched_args  */
#line 277 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "cbq", (yyvsp[0].item), (yyloc)); }
#line 2473 "build-scan/gen/pf.tab.c"
    break;

  case 92: /* scheduler: PRIQ sched_args  */
#line 278 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "priq", (yyvsp[0].item), (yyloc)); }
#line 2479 "build-scan/gen/pf.tab.c"
    break;

  case 93: /* scheduler: HFSC sched_args  */
#line 279 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "hfsc", (yyvsp[0].item), (yyloc)); }
#line 2485 "build-scan/gen/pf.tab.c"
    break;

  case 94: /* scheduler: FAIRQ sched_args  */
#line 280 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "fairq", (yyvsp[0].item), (yyloc)); }
#line 2491 "build-scan/gen/pf.tab.c"
    break;

  case 95: /* sched_args: %empty  */
#line 284 "grammar/pf.y"
                                        { (yyval.item) = NULL; }
#line 2497 "build-scan/gen/pf.tab.c"
    break;

  case 96: /* sched_args: '(' sched_words ')'  */
#line 285 "grammar/pf.y"
                                        { (yyval.item) = (yyvsp[-1].item); }
#line 2503 "build-scan/gen/pf.tab.c"
    break;

  case 97: /* sched_words: %empty  */
#line 289 "grammar/pf.y"
                                        { (yyval.item) = NULL; }
#line 2509 "build-scan/gen/pf.tab.c"
    break;

  case 98: /* sched_words: sched_words comma sched_word  */
#line 290 "grammar/pf.y"
                                        { (yyval.item) = pf_item_cat((yyvsp[-2].item), (yyvsp[0].item)); }
#line 2515 "build-scan/gen/pf.tab.c"
    break;

  case 100: /* sched_word: DEFAULT  */
#line 295 "grammar/pf.y"
                                        { (yyval.item) = pf_item_str(ctx, "default", (yylsp[0])); }
#line 2521 "build-scan/gen/pf.tab.c"
    break;

  case 101: /* sched_word: '(' arg_words ')'  */
#line 296 "grammar/pf.y"
                                        { (yyval.item) = NULL; (void)(yyvsp[-1].item); }
#line 2527 "build-scan/gen/pf.tab.c"
    break;

  case 102: /* $@3: %empty  */
#line 300 "grammar/pf.y"
                                        { pf_queue_begin(ctx, NULL, (yylsp[-2])); }
#line 2533 "build-scan/gen/pf.tab.c"
    break;

  case 103: /* altq: ALTQ ON if_item $@3 queue_opts altq_queue  */
#line 301 "grammar/pf.y"
                                        { pf_queue_end(ctx, (yyloc)); }
#line 2539 "build-scan/gen/pf.tab.c"
    break;

  case 108: /* word_list: word_list word_item lsep  */
#line 314 "grammar/pf.y"
                                   { (yyval.item) = pf_item_cat((yyvsp[-2].item), (yyvsp[-1].item)); }
#line 2545 "build-scan/gen/pf.tab.c"
    break;

  case 109: /* word_item: "word"  */
#line 318 "grammar/pf.y"
                                        { (yyval.item) = pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 2551 "build-scan/gen/pf.tab.c"
    break;

  case 111: /* if_spec: '{' lsep if_list '}'  */
#line 323 "grammar/pf.y"
                                 { (yyval.item) = (yyvsp[-1].item); }
#line 2557 "build-scan/gen/pf.tab.c"
    break;

  case 113: /* if_list: if_list if_item lsep  */
#line 328 "grammar/pf.y"
                               { (yyval.item) = pf_item_cat((yyvsp[-2].item), (yyvsp[-1].item)); }
#line 2563 "build-scan/gen/pf.tab.c"
    break;

  case 114: /* if_item: "word"  */
#line 332 "grammar/pf.y"
                                        { (yyval.item) = pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 2569 "build-scan/gen/pf.tab.c"
    break;

  case 115: /* if_item: '!' "word"  */
#line 333 "grammar/pf.y"
                                        { (yyval.item) = pf_item_neg(pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yylsp[-1])); }
#line 2575 "build-scan/gen/pf.tab.c"
    break;

  case 116: /* if_item: RDOMAIN "number"  */
#line 334 "grammar/pf.y"
                                        { (yyval.item) = pf_item_num(ctx, (yyvsp[0].num), (yyloc)); (yyval.item)->s2 = "rdomain"; }
#line 2581 "build-scan/gen/pf.tab.c"
    break;

  case 117: /* host_spec: ANY  */
#line 338 "grammar/pf.y"
                                        { (yyval.host) = pf_host_kind(ctx, PF_ADDR_ANY, (yylsp[0])); }
#line 2587 "build-scan/gen/pf.tab.c"
    break;

  case 119: /* host_spec: '{' lsep host_list '}'  */
#line 340 "grammar/pf.y"
                                 { (yyval.host) = (yyvsp[-1].host); }
#line 2593 "build-scan/gen/pf.tab.c"
    break;

  case 121: /* host_list: host_list xhost lsep  */
#line 345 "grammar/pf.y"
                               { (yyval.host) = pf_host_cat((yyvsp[-2].host), (yyvsp[-1].host)); }
#line 2599 "build-scan/gen/pf.tab.c"
    break;

  case 123: /* xhost: '!' host  */
#line 350 "grammar/pf.y"
                                        { (yyval.host) = pf_host_neg((yyvsp[0].host), (yylsp[-1])); }
#line 2605 "build-scan/gen/pf.tab.c"
    break;

  case 124: /* xhost: NOROUTE  */
#line 351 "grammar/pf.y"
                                        { (yyval.host) = pf_host_kind(ctx, PF_ADDR_NOROUTE, (yylsp[0])); }
#line 2611 "build-scan/gen/pf.tab.c"
    break;

  case 125: /* xhost: '!' NOROUTE  */
#line 352 "grammar/pf.y"
                                        { (yyval.host) = pf_host_neg(pf_host_kind(ctx, PF_ADDR_NOROUTE, (yylsp[0])), (yylsp[-1])); }
#line 2617 "build-scan/gen/pf.tab.c"
    break;

  case 126: /* xhost: URPFFAILED  */
#line 353 "grammar/pf.y"
                                        { (yyval.host) = pf_host_kind(ctx, PF_ADDR_URPF, (yylsp[0])); }
#line 2623 "build-scan/gen/pf.tab.c"
    break;

  case 127: /* xhost: ROUTE "word"  */
#line 354 "grammar/pf.y"
                                        { (yyval.host) = pf_host_kind(ctx, PF_ADDR_NOROUTE, (yyloc)); (yyval.host)->a.name = (yyvsp[0].str); }
#line 2629 "build-scan/gen/pf.tab.c"
    break;

  case 128: /* xhost: '!' URPFFAILED  */
#line 355 "grammar/pf.y"
                                        { (yyval.host) = pf_host_neg(pf_host_kind(ctx, PF_ADDR_URPF, (yylsp[0])), (yylsp[-1])); }
#line 2635 "build-scan/gen/pf.tab.c"
    break;

  case 129: /* host: "word"  */
#line 359 "grammar/pf.y"
                                        { (yyval.host) = pf_host_str(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 2641 "build-scan/gen/pf.tab.c"
    break;

  case 130: /* host: "word" '/' "number"  */
#line 360 "grammar/pf.y"
                                        { (yyval.host) = pf_host_mask(ctx, (yyvsp[-2].str), (yyvsp[0].num), (yyloc)); }
#line 2647 "build-scan/gen/pf.tab.c"
    break;

  case 131: /* host: "number" '/' "number"  */
#line 361 "grammar/pf.y"
                                        { char b[24]; snprintf(b, sizeof b, "%lld", (yyvsp[-2].num));
					  (yyval.host) = pf_host_mask(ctx, b, (yyvsp[0].num), (yyloc)); }
#line 2654 "build-scan/gen/pf.tab.c"
    break;

  case 132: /* host: "word" '-' "word"  */
#line 363 "grammar/pf.y"
                                        { (yyval.host) = pf_host_range(ctx, (yyvsp[-2].str), (yyvsp[0].str), (yyloc)); }
#line 2660 "build-scan/gen/pf.tab.c"
    break;

  case 133: /* host: '<' "word" '>'  */
#line 364 "grammar/pf.y"
                                        { (yyval.host) = pf_host_table(ctx, (yyvsp[-1].str), (yyloc)); }
#line 2666 "build-scan/gen/pf.tab.c"
    break;

  case 134: /* host: '(' "word" ')'  */
#line 365 "grammar/pf.y"
                                        { (yyval.host) = pf_host_dyn(ctx, (yyvsp[-1].str), -1, (yyloc)); }
#line 2672 "build-scan/gen/pf.tab.c"
    break;

  case 135: /* host: '(' "word" ')' '/' "number"  */
#line 366 "grammar/pf.y"
                                        { (yyval.host) = pf_host_dyn(ctx, (yyvsp[-3].str), (yyvsp[0].num), (yyloc)); }
#line 2678 "build-scan/gen/pf.tab.c"
    break;

  case 136: /* host: '(' "word" host ')'  */
#line 367 "grammar/pf.y"
                                        { (yyval.host) = pf_host_route(ctx, (yyvsp[-2].str), (yyvsp[-1].host), (yyloc)); }
#line 2684 "build-scan/gen/pf.tab.c"
    break;

  case 138: /* port_spec: '{' lsep port_list '}'  */
#line 372 "grammar/pf.y"
                                 { (yyval.port) = (yyvsp[-1].port); }
#line 2690 "build-scan/gen/pf.tab.c"
    break;

  case 140: /* port_list: port_list port_item lsep  */
#line 377 "grammar/pf.y"
                                   { (yyval.port) = pf_port_cat((yyvsp[-2].port), (yyvsp[-1].port)); }
#line 2696 "build-scan/gen/pf.tab.c"
    break;

  case 141: /* port_item: word  */
#line 381 "grammar/pf.y"
                                        { (yyval.port) = pf_port_item(ctx, PF_OP_NONE, (yyvsp[0].item), NULL, (yyloc)); }
#line 2702 "build-scan/gen/pf.tab.c"
    break;

  case 142: /* port_item: unaryop word  */
#line 382 "grammar/pf.y"
                                        { (yyval.port) = pf_port_item(ctx, (int)(yyvsp[-1].num), (yyvsp[0].item), NULL, (yyloc)); }
#line 2708 "build-scan/gen/pf.tab.c"
    break;

  case 143: /* port_item: word "'><' or '<>'" word  */
#line 383 "grammar/pf.y"
                                        { (yyval.port) = pf_port_item(ctx, (int)(yyvsp[-1].num), (yyvsp[-2].item), (yyvsp[0].item), (yyloc)); }
#line 2714 "build-scan/gen/pf.tab.c"
    break;

  case 144: /* unaryop: '='  */
#line 387 "grammar/pf.y"
                                        { (yyval.num) = PF_OP_EQ; }
#line 2720 "build-scan/gen/pf.tab.c"
    break;

  case 145: /* unaryop: '!' '='  */
#line 388 "grammar/pf.y"
                                        { (yyval.num) = PF_OP_NE; }
#line 2726 "build-scan/gen/pf.tab.c"
    break;

  case 146: /* unaryop: '<' '='  */
#line 389 "grammar/pf.y"
                                        { (yyval.num) = PF_OP_LE; }
#line 2732 "build-scan/gen/pf.tab.c"
    break;

  case 147: /* unaryop: '<'  */
#line 390 "grammar/pf.y"
                                        { (yyval.num) = PF_OP_LT; }
#line 2738 "build-scan/gen/pf.tab.c"
    break;

  case 148: /* unaryop: '>' '='  */
#line 391 "grammar/pf.y"
                                        { (yyval.num) = PF_OP_GE; }
#line 2744 "build-scan/gen/pf.tab.c"
    break;

  case 149: /* unaryop: '>'  */
#line 392 "grammar/pf.y"
                                        { (yyval.num) = PF_OP_GT; }
#line 2750 "build-scan/gen/pf.tab.c"
    break;

  case 151: /* id_spec: '{' lsep id_list '}'  */
#line 397 "grammar/pf.y"
                                 { (yyval.port) = (yyvsp[-1].port); }
#line 2756 "build-scan/gen/pf.tab.c"
    break;

  case 153: /* id_list: id_list id_item lsep  */
#line 402 "grammar/pf.y"
                               { (yyval.port) = pf_port_cat((yyvsp[-2].port), (yyvsp[-1].port)); }
#line 2762 "build-scan/gen/pf.tab.c"
    break;

  case 154: /* id_item: word  */
#line 406 "grammar/pf.y"
                                        { (yyval.port) = pf_id_item(ctx, PF_OP_NONE, (yyvsp[0].item), NULL, (yyloc)); }
#line 2768 "build-scan/gen/pf.tab.c"
    break;

  case 155: /* id_item: unaryop word  */
#line 407 "grammar/pf.y"
                                        { (yyval.port) = pf_id_item(ctx, (int)(yyvsp[-1].num), (yyvsp[0].item), NULL, (yyloc)); }
#line 2774 "build-scan/gen/pf.tab.c"
    break;

  case 156: /* id_item: word "'><' or '<>'" word  */
#line 408 "grammar/pf.y"
                                        { (yyval.port) = pf_id_item(ctx, (int)(yyvsp[-1].num), (yyvsp[-2].item), (yyvsp[0].item), (yyloc)); }
#line 2780 "build-scan/gen/pf.tab.c"
    break;

  case 158: /* proto_list: proto_list proto_item lsep  */
#line 413 "grammar/pf.y"
                                     { (yyval.item) = pf_item_cat((yyvsp[-2].item), (yyvsp[-1].item)); }
#line 2786 "build-scan/gen/pf.tab.c"
    break;

  case 161: /* icmp_list: icmp_list icmp_item lsep  */
#line 422 "grammar/pf.y"
                                   { (yyval.item) = pf_item_cat((yyvsp[-2].item), (yyvsp[-1].item)); }
#line 2792 "build-scan/gen/pf.tab.c"
    break;

  case 163: /* icmp_item: word CODE word  */
#line 427 "grammar/pf.y"
                                        { (yyval.item) = (yyvsp[-2].item); (yyval.item)->s2 = (yyvsp[0].item)->s; (yyval.item)->n2 = (yyvsp[0].item)->n; (yyval.item)->has2 = true; }
#line 2798 "build-scan/gen/pf.tab.c"
    break;

  case 164: /* rule: action rule_head fromto rule_opts  */
#line 434 "grammar/pf.y"
                                            { pf_rule_end(ctx, (yyloc)); }
#line 2804 "build-scan/gen/pf.tab.c"
    break;

  case 165: /* $@4: %empty  */
#line 435 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_ANCHOR, (yylsp[0])); }
#line 2810 "build-scan/gen/pf.tab.c"
    break;

  case 167: /* $@5: %empty  */
#line 437 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_SCRUB, (yylsp[0])); }
#line 2816 "build-scan/gen/pf.tab.c"
    break;

  case 168: /* rule: SCRUB $@5 rule_head fromto scrub_plain  */
#line 438 "grammar/pf.y"
                                        { pf_rule_end(ctx, (yyloc)); }
#line 2822 "build-scan/gen/pf.tab.c"
    break;

  case 169: /* $@6: %empty  */
#line 439 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_NOSCRUB, (yylsp[-1])); }
#line 2828 "build-scan/gen/pf.tab.c"
    break;

  case 170: /* rule: NO SCRUB $@6 rule_head fromto rule_opts  */
#line 440 "grammar/pf.y"
                                        { pf_rule_end(ctx, (yyloc)); }
#line 2834 "build-scan/gen/pf.tab.c"
    break;

  case 171: /* rule: xlate_action rule_head fromto rule_opts arrow_opt  */
#line 441 "grammar/pf.y"
                                                            { pf_rule_end(ctx, (yyloc)); }
#line 2840 "build-scan/gen/pf.tab.c"
    break;

  case 172: /* rule: xanchor_action anchorname rule_head fromto rule_opts  */
#line 442 "grammar/pf.y"
                                                               { pf_rule_end(ctx, (yyloc)); }
#line 2846 "build-scan/gen/pf.tab.c"
    break;

  case 173: /* xlate_action: NAT  */
#line 446 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_NAT, (yylsp[0])); }
#line 2852 "build-scan/gen/pf.tab.c"
    break;

  case 174: /* xlate_action: NAT PASS  */
#line 447 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_NAT, (yylsp[-1])); }
#line 2858 "build-scan/gen/pf.tab.c"
    break;

  case 175: /* xlate_action: NO NAT  */
#line 448 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_NONAT, (yylsp[-1])); }
#line 2864 "build-scan/gen/pf.tab.c"
    break;

  case 176: /* xlate_action: RDR  */
#line 449 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_RDR, (yylsp[0])); }
#line 2870 "build-scan/gen/pf.tab.c"
    break;

  case 177: /* xlate_action: RDR PASS  */
#line 450 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_RDR, (yylsp[-1])); }
#line 2876 "build-scan/gen/pf.tab.c"
    break;

  case 178: /* xlate_action: NO RDR  */
#line 451 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_NORDR, (yylsp[-1])); }
#line 2882 "build-scan/gen/pf.tab.c"
    break;

  case 179: /* xlate_action: BINAT  */
#line 452 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_BINAT, (yylsp[0])); }
#line 2888 "build-scan/gen/pf.tab.c"
    break;

  case 180: /* xlate_action: BINAT PASS  */
#line 453 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_BINAT, (yylsp[-1])); }
#line 2894 "build-scan/gen/pf.tab.c"
    break;

  case 181: /* xlate_action: NO BINAT  */
#line 454 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_NOBINAT, (yylsp[-1])); }
#line 2900 "build-scan/gen/pf.tab.c"
    break;

  case 182: /* xanchor_action: NATANCHOR  */
#line 458 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_NATANCHOR, (yylsp[0])); }
#line 2906 "build-scan/gen/pf.tab.c"
    break;

  case 183: /* xanchor_action: RDRANCHOR  */
#line 459 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_RDRANCHOR, (yylsp[0])); }
#line 2912 "build-scan/gen/pf.tab.c"
    break;

  case 184: /* xanchor_action: BINATANCHOR  */
#line 460 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_BINATANCHOR, (yylsp[0])); }
#line 2918 "build-scan/gen/pf.tab.c"
    break;

  case 186: /* arrow_opt: "'->'" pool port_opt pool_opts  */
#line 465 "grammar/pf.y"
                                        { pf_rule_arrow(ctx, (yyvsp[-2].host), (yyvsp[-1].port), (yyloc)); }
#line 2924 "build-scan/gen/pf.tab.c"
    break;

  case 188: /* anchorname_opt: anchorname  */
#line 470 "grammar/pf.y"
                                        { pf_rule_anchor_name(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 2930 "build-scan/gen/pf.tab.c"
    break;

  case 190: /* anchor_body: %empty  */
#line 478 "grammar/pf.y"
                                        { pf_rule_end(ctx, (yyloc)); }
#line 2936 "build-scan/gen/pf.tab.c"
    break;

  case 191: /* $@7: %empty  */
#line 479 "grammar/pf.y"
                                        { pf_anchor_open(ctx, (yylsp[0])); }
#line 2942 "build-scan/gen/pf.tab.c"
    break;

  case 192: /* anchor_body: '{' $@7 anchor_lines '}'  */
#line 480 "grammar/pf.y"
                                        { pf_anchor_close(ctx, (yylsp[0])); }
#line 2948 "build-scan/gen/pf.tab.c"
    break;

  case 195: /* anchor_lines: anchor_lines anchor_stmt "end of line"  */
#line 486 "grammar/pf.y"
                                        { pf_stmt_end(ctx); }
#line 2954 "build-scan/gen/pf.tab.c"
    break;

  case 196: /* anchor_lines: anchor_lines error "end of line"  */
#line 487 "grammar/pf.y"
                                        { pf_stmt_abort(ctx); yyerrok; }
#line 2960 "build-scan/gen/pf.tab.c"
    break;

  case 201: /* action: PASS  */
#line 501 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_PASS, (yylsp[0])); }
#line 2966 "build-scan/gen/pf.tab.c"
    break;

  case 202: /* action: MATCH  */
#line 502 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_MATCH, (yylsp[0])); }
#line 2972 "build-scan/gen/pf.tab.c"
    break;

  case 203: /* $@8: %empty  */
#line 503 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_BLOCK, (yylsp[0])); }
#line 2978 "build-scan/gen/pf.tab.c"
    break;

  case 206: /* block_kind: DROP  */
#line 509 "grammar/pf.y"
                                        { pf_rule_block(ctx, PF_BLOCK_DROP, NULL, (yylsp[0])); }
#line 2984 "build-scan/gen/pf.tab.c"
    break;

  case 207: /* block_kind: RETURN  */
#line 510 "grammar/pf.y"
                                        { pf_rule_block(ctx, PF_BLOCK_RETURN, NULL, (yylsp[0])); }
#line 2990 "build-scan/gen/pf.tab.c"
    break;

  case 208: /* block_kind: RETURNRST  */
#line 511 "grammar/pf.y"
                                        { pf_rule_block(ctx, PF_BLOCK_RETURN_RST, NULL, (yylsp[0])); }
#line 2996 "build-scan/gen/pf.tab.c"
    break;

  case 209: /* block_kind: RETURNRST '(' TTL "number" ')'  */
#line 512 "grammar/pf.y"
                                        { pf_rule_block(ctx, PF_BLOCK_RETURN_RST, NULL, (yylsp[-4])); }
#line 3002 "build-scan/gen/pf.tab.c"
    break;

  case 210: /* block_kind: RETURNICMP  */
#line 513 "grammar/pf.y"
                                        { pf_rule_block(ctx, PF_BLOCK_RETURN_ICMP, NULL, (yylsp[0])); }
#line 3008 "build-scan/gen/pf.tab.c"
    break;

  case 211: /* block_kind: RETURNICMP '(' codes ')'  */
#line 514 "grammar/pf.y"
                                        { pf_rule_block(ctx, PF_BLOCK_RETURN_ICMP, (yyvsp[-1].item), (yylsp[-3])); }
#line 3014 "build-scan/gen/pf.tab.c"
    break;

  case 212: /* block_kind: RETURNICMP6  */
#line 515 "grammar/pf.y"
                                        { pf_rule_block(ctx, PF_BLOCK_RETURN_ICMP, NULL, (yylsp[0])); }
#line 3020 "build-scan/gen/pf.tab.c"
    break;

  case 213: /* block_kind: RETURNICMP6 '(' codes ')'  */
#line 516 "grammar/pf.y"
                                        { pf_rule_block(ctx, PF_BLOCK_RETURN_ICMP, (yyvsp[-1].item), (yylsp[-3])); }
#line 3026 "build-scan/gen/pf.tab.c"
    break;

  case 215: /* codes: word comma word  */
#line 521 "grammar/pf.y"
                                        { (yyval.item) = pf_item_cat((yyvsp[-2].item), (yyvsp[0].item)); }
#line 3032 "build-scan/gen/pf.tab.c"
    break;

  case 218: /* dir: IN  */
#line 530 "grammar/pf.y"
                                        { pf_rule_dir(ctx, PF_DIR_IN); }
#line 3038 "build-scan/gen/pf.tab.c"
    break;

  case 219: /* dir: OUT  */
#line 531 "grammar/pf.y"
                                        { pf_rule_dir(ctx, PF_DIR_OUT); }
#line 3044 "build-scan/gen/pf.tab.c"
    break;

  case 222: /* logquick: QUICK  */
#line 537 "grammar/pf.y"
                                        { pf_rule_quick(ctx, (yylsp[0])); }
#line 3050 "build-scan/gen/pf.tab.c"
    break;

  case 223: /* logquick: log QUICK  */
#line 538 "grammar/pf.y"
                                        { pf_rule_quick(ctx, (yylsp[0])); }
#line 3056 "build-scan/gen/pf.tab.c"
    break;

  case 224: /* logquick: QUICK log  */
#line 539 "grammar/pf.y"
                                        { pf_rule_quick(ctx, (yylsp[-1])); }
#line 3062 "build-scan/gen/pf.tab.c"
    break;

  case 225: /* log: LOG  */
#line 543 "grammar/pf.y"
                                        { pf_rule_log(ctx, (yylsp[0])); }
#line 3068 "build-scan/gen/pf.tab.c"
    break;

  case 226: /* log: LOG '(' log_opts ')'  */
#line 544 "grammar/pf.y"
                                        { pf_rule_log(ctx, (yylsp[-3])); }
#line 3074 "build-scan/gen/pf.tab.c"
    break;

  case 234: /* on: ON if_item  */
#line 561 "grammar/pf.y"
                                        { pf_rule_on(ctx, (yyvsp[0].item)); }
#line 3080 "build-scan/gen/pf.tab.c"
    break;

  case 235: /* on: ON '{' lsep if_list '}'  */
#line 562 "grammar/pf.y"
                                  { pf_rule_on(ctx, (yyvsp[-1].item)); }
#line 3086 "build-scan/gen/pf.tab.c"
    break;

  case 237: /* route: FASTROUTE  */
#line 568 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "fastroute", NULL, (yylsp[0])); }
#line 3092 "build-scan/gen/pf.tab.c"
    break;

  case 238: /* route: ROUTETO pool pool_opts  */
#line 569 "grammar/pf.y"
                                 { pf_rule_route(ctx, PF_RT_ROUTE_TO, (yyvsp[-1].host), (yylsp[-2])); }
#line 3098 "build-scan/gen/pf.tab.c"
    break;

  case 239: /* route: REPLYTO pool pool_opts  */
#line 570 "grammar/pf.y"
                                 { pf_rule_route(ctx, PF_RT_REPLY_TO, (yyvsp[-1].host), (yylsp[-2])); }
#line 3104 "build-scan/gen/pf.tab.c"
    break;

  case 240: /* route: DUPTO pool pool_opts  */
#line 571 "grammar/pf.y"
                               { pf_rule_route(ctx, PF_RT_DUP_TO, (yyvsp[-1].host), (yylsp[-2])); }
#line 3110 "build-scan/gen/pf.tab.c"
    break;

  case 242: /* af: INET  */
#line 576 "grammar/pf.y"
                                        { pf_rule_af(ctx, 4, (yylsp[0])); }
#line 3116 "build-scan/gen/pf.tab.c"
    break;

  case 243: /* af: INET6  */
#line 577 "grammar/pf.y"
                                        { pf_rule_af(ctx, 6, (yylsp[0])); }
#line 3122 "build-scan/gen/pf.tab.c"
    break;

  case 245: /* proto: PROTO proto_item  */
#line 582 "grammar/pf.y"
                                        { pf_rule_proto(ctx, (yyvsp[0].item)); }
#line 3128 "build-scan/gen/pf.tab.c"
    break;

  case 246: /* proto: PROTO '{' lsep proto_list '}'  */
#line 583 "grammar/pf.y"
                                        { pf_rule_proto(ctx, (yyvsp[-1].item)); }
#line 3134 "build-scan/gen/pf.tab.c"
    break;

  case 250: /* from: FROM host_spec  */
#line 593 "grammar/pf.y"
                                        { pf_rule_from(ctx, (yyvsp[0].host), NULL); }
#line 3140 "build-scan/gen/pf.tab.c"
    break;

  case 251: /* from: FROM host_spec PORT port_spec  */
#line 594 "grammar/pf.y"
                                        { pf_rule_from(ctx, (yyvsp[-2].host), (yyvsp[0].port)); }
#line 3146 "build-scan/gen/pf.tab.c"
    break;

  case 252: /* from: FROM PORT port_spec  */
#line 595 "grammar/pf.y"
                                        { pf_rule_from(ctx, NULL, (yyvsp[0].port)); }
#line 3152 "build-scan/gen/pf.tab.c"
    break;

  case 254: /* os: OS string  */
#line 600 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "os", NULL, (yylsp[-1])); }
#line 3158 "build-scan/gen/pf.tab.c"
    break;

  case 255: /* os: OS '{' lsep word_list '}'  */
#line 601 "grammar/pf.y"
                                    { pf_rule_opt(ctx, "os", NULL, (yylsp[-4])); }
#line 3164 "build-scan/gen/pf.tab.c"
    break;

  case 257: /* to: TO host_spec  */
#line 606 "grammar/pf.y"
                                        { pf_rule_to(ctx, (yyvsp[0].host), NULL); }
#line 3170 "build-scan/gen/pf.tab.c"
    break;

  case 258: /* to: TO host_spec PORT port_spec  */
#line 607 "grammar/pf.y"
                                        { pf_rule_to(ctx, (yyvsp[-2].host), (yyvsp[0].port)); }
#line 3176 "build-scan/gen/pf.tab.c"
    break;

  case 259: /* to: TO PORT port_spec  */
#line 608 "grammar/pf.y"
                                        { pf_rule_to(ctx, NULL, (yyvsp[0].port)); }
#line 3182 "build-scan/gen/pf.tab.c"
    break;

  case 262: /* rule_opt: USER id_spec  */
#line 617 "grammar/pf.y"
                                        { pf_rule_ids(ctx, false, (yyvsp[0].port)); }
#line 3188 "build-scan/gen/pf.tab.c"
    break;

  case 263: /* rule_opt: GROUP id_spec  */
#line 618 "grammar/pf.y"
                                        { pf_rule_ids(ctx, true, (yyvsp[0].port)); }
#line 3194 "build-scan/gen/pf.tab.c"
    break;

  case 264: /* rule_opt: FLAGS "word" '/' "word"  */
#line 619 "grammar/pf.y"
                                        { pf_rule_flags(ctx, (yyvsp[-2].str), (yyvsp[0].str), false, (yyloc)); }
#line 3200 "build-scan/gen/pf.tab.c"
    break;

  case 265: /* rule_opt: FLAGS '/' "word"  */
#line 620 "grammar/pf.y"
                                        { pf_rule_flags(ctx, "", (yyvsp[0].str), false, (yyloc)); }
#line 3206 "build-scan/gen/pf.tab.c"
    break;

  case 266: /* rule_opt: FLAGS ANY  */
#line 621 "grammar/pf.y"
                                        { pf_rule_flags(ctx, NULL, NULL, true, (yyloc)); }
#line 3212 "build-scan/gen/pf.tab.c"
    break;

  case 267: /* rule_opt: ICMPTYPE icmp_item  */
#line 622 "grammar/pf.y"
                                        { pf_rule_icmp(ctx, 4, (yyvsp[0].item)); }
#line 3218 "build-scan/gen/pf.tab.c"
    break;

  case 268: /* rule_opt: ICMPTYPE '{' lsep icmp_list '}'  */
#line 623 "grammar/pf.y"
                                          { pf_rule_icmp(ctx, 4, (yyvsp[-1].item)); }
#line 3224 "build-scan/gen/pf.tab.c"
    break;

  case 269: /* rule_opt: ICMP6TYPE icmp_item  */
#line 624 "grammar/pf.y"
                                        { pf_rule_icmp(ctx, 6, (yyvsp[0].item)); }
#line 3230 "build-scan/gen/pf.tab.c"
    break;

  case 270: /* rule_opt: ICMP6TYPE '{' lsep icmp_list '}'  */
#line 625 "grammar/pf.y"
                                           { pf_rule_icmp(ctx, 6, (yyvsp[-1].item)); }
#line 3236 "build-scan/gen/pf.tab.c"
    break;

  case 271: /* rule_opt: TOS word  */
#line 626 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "tos", (yyvsp[0].item), (yyloc)); }
#line 3242 "build-scan/gen/pf.tab.c"
    break;

  case 272: /* rule_opt: NO STATE  */
#line 627 "grammar/pf.y"
                                        { pf_rule_state(ctx, PF_STATE_NO, (yyloc)); }
#line 3248 "build-scan/gen/pf.tab.c"
    break;

  case 273: /* rule_opt: KEEP STATE state_opt_spec  */
#line 628 "grammar/pf.y"
                                        { pf_rule_state(ctx, PF_STATE_KEEP, (yyloc)); }
#line 3254 "build-scan/gen/pf.tab.c"
    break;

  case 274: /* rule_opt: MODULATE STATE state_opt_spec  */
#line 629 "grammar/pf.y"
                                        { pf_rule_state(ctx, PF_STATE_MODULATE, (yyloc)); }
#line 3260 "build-scan/gen/pf.tab.c"
    break;

  case 275: /* rule_opt: SYNPROXY STATE state_opt_spec  */
#line 630 "grammar/pf.y"
                                        { pf_rule_state(ctx, PF_STATE_SYNPROXY, (yyloc)); }
#line 3266 "build-scan/gen/pf.tab.c"
    break;

  case 276: /* rule_opt: FRAGMENT  */
#line 631 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "fragment", NULL, (yyloc)); }
#line 3272 "build-scan/gen/pf.tab.c"
    break;

  case 277: /* rule_opt: ALLOWOPTS  */
#line 632 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "allow-opts", NULL, (yyloc)); }
#line 3278 "build-scan/gen/pf.tab.c"
    break;

  case 278: /* rule_opt: LABEL string  */
#line 633 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "label", NULL, (yyloc)); }
#line 3284 "build-scan/gen/pf.tab.c"
    break;

  case 279: /* rule_opt: QUEUE "word"  */
#line 634 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "queue", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 3290 "build-scan/gen/pf.tab.c"
    break;

  case 280: /* rule_opt: QUEUE '(' "word" ')'  */
#line 635 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "queue", pf_item_str(ctx, (yyvsp[-1].str), (yylsp[-1])), (yyloc)); }
#line 3296 "build-scan/gen/pf.tab.c"
    break;

  case 281: /* rule_opt: QUEUE '(' "word" comma "word" ')'  */
#line 636 "grammar/pf.y"
                                            { pf_rule_opt(ctx, "queue", pf_item_cat(pf_item_str(ctx, (yyvsp[-3].str), (yylsp[-3])), pf_item_str(ctx, (yyvsp[-1].str), (yylsp[-1]))), (yyloc)); }
#line 3302 "build-scan/gen/pf.tab.c"
    break;

  case 282: /* rule_opt: TAG "word"  */
#line 637 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "tag", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 3308 "build-scan/gen/pf.tab.c"
    break;

  case 283: /* rule_opt: TAGGED "word"  */
#line 638 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "tagged", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 3314 "build-scan/gen/pf.tab.c"
    break;

  case 284: /* rule_opt: '!' TAGGED "word"  */
#line 639 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "tagged", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 3320 "build-scan/gen/pf.tab.c"
    break;

  case 285: /* rule_opt: PROBABILITY word  */
#line 640 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "probability", (yyvsp[0].item), (yyloc)); }
#line 3326 "build-scan/gen/pf.tab.c"
    break;

  case 286: /* rule_opt: RTABLE "number"  */
#line 641 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "rtable", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yyloc)); }
#line 3332 "build-scan/gen/pf.tab.c"
    break;

  case 287: /* rule_opt: RDOMAIN "number"  */
#line 642 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "rdomain", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yyloc)); }
#line 3338 "build-scan/gen/pf.tab.c"
    break;

  case 288: /* rule_opt: PRIO "number"  */
#line 643 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "prio", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yyloc)); }
#line 3344 "build-scan/gen/pf.tab.c"
    break;

  case 291: /* rule_opt: MAXPKTRATE "number" '/' "number"  */
#line 646 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "max-pkt-rate", NULL, (yyloc)); }
#line 3350 "build-scan/gen/pf.tab.c"
    break;

  case 292: /* rule_opt: RECEIVEDON if_item  */
#line 647 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "received-on", NULL, (yyloc)); }
#line 3356 "build-scan/gen/pf.tab.c"
    break;

  case 293: /* rule_opt: SCRUB '(' scrub_opts ')'  */
#line 648 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "scrub", NULL, (yyloc)); }
#line 3362 "build-scan/gen/pf.tab.c"
    break;

  case 294: /* rule_opt: ONCE  */
#line 649 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "once", NULL, (yyloc)); }
#line 3368 "build-scan/gen/pf.tab.c"
    break;

  case 295: /* rule_opt: NATTO pool port_opt pool_opts  */
#line 650 "grammar/pf.y"
                                        { pf_rule_xlate(ctx, PF_XL_NAT_TO, (yyvsp[-2].host), (yyvsp[-1].port), (yylsp[-3])); }
#line 3374 "build-scan/gen/pf.tab.c"
    break;

  case 296: /* rule_opt: RDRTO pool port_opt pool_opts  */
#line 651 "grammar/pf.y"
                                        { pf_rule_xlate(ctx, PF_XL_RDR_TO, (yyvsp[-2].host), (yyvsp[-1].port), (yylsp[-3])); }
#line 3380 "build-scan/gen/pf.tab.c"
    break;

  case 297: /* rule_opt: BINATTO pool port_opt pool_opts  */
#line 652 "grammar/pf.y"
                                          { pf_rule_xlate(ctx, PF_XL_BINAT_TO, (yyvsp[-2].host), (yyvsp[-1].port), (yylsp[-3])); }
#line 3386 "build-scan/gen/pf.tab.c"
    break;

  case 298: /* rule_opt: AFTO INET FROM pool pool_opts  */
#line 653 "grammar/pf.y"
                                        { pf_rule_afto(ctx, 4, (yyvsp[-1].host), NULL, (yylsp[-4])); }
#line 3392 "build-scan/gen/pf.tab.c"
    break;

  case 299: /* rule_opt: AFTO INET FROM pool pool_opts TO pool pool_opts  */
#line 654 "grammar/pf.y"
                                                          { pf_rule_afto(ctx, 4, (yyvsp[-4].host), (yyvsp[-1].host), (yylsp[-7])); }
#line 3398 "build-scan/gen/pf.tab.c"
    break;

  case 300: /* rule_opt: AFTO INET6 FROM pool pool_opts  */
#line 655 "grammar/pf.y"
                                         { pf_rule_afto(ctx, 6, (yyvsp[-1].host), NULL, (yylsp[-4])); }
#line 3404 "build-scan/gen/pf.tab.c"
    break;

  case 301: /* rule_opt: AFTO INET6 FROM pool pool_opts TO pool pool_opts  */
#line 656 "grammar/pf.y"
                                                           { pf_rule_afto(ctx, 6, (yyvsp[-4].host), (yyvsp[-1].host), (yylsp[-7])); }
#line 3410 "build-scan/gen/pf.tab.c"
    break;

  case 302: /* rule_opt: ROUTETO pool pool_opts  */
#line 657 "grammar/pf.y"
                                 { pf_rule_route(ctx, PF_RT_ROUTE_TO, (yyvsp[-1].host), (yylsp[-2])); }
#line 3416 "build-scan/gen/pf.tab.c"
    break;

  case 303: /* rule_opt: REPLYTO pool pool_opts  */
#line 658 "grammar/pf.y"
                                 { pf_rule_route(ctx, PF_RT_REPLY_TO, (yyvsp[-1].host), (yylsp[-2])); }
#line 3422 "build-scan/gen/pf.tab.c"
    break;

  case 304: /* rule_opt: DUPTO pool pool_opts  */
#line 659 "grammar/pf.y"
                               { pf_rule_route(ctx, PF_RT_DUP_TO, (yyvsp[-1].host), (yylsp[-2])); }
#line 3428 "build-scan/gen/pf.tab.c"
    break;

  case 305: /* rule_opt: DIVERTTO host PORT port_item  */
#line 660 "grammar/pf.y"
                                        { pf_rule_divert(ctx, "divert-to", (yyvsp[-2].host), (yyvsp[0].port), (yylsp[-3])); }
#line 3434 "build-scan/gen/pf.tab.c"
    break;

  case 306: /* rule_opt: DIVERTREPLY  */
#line 661 "grammar/pf.y"
                                        { pf_rule_divert(ctx, "divert-reply", NULL, NULL, (yylsp[0])); }
#line 3440 "build-scan/gen/pf.tab.c"
    break;

  case 307: /* rule_opt: DIVERTPACKET PORT port_item  */
#line 662 "grammar/pf.y"
                                        { pf_rule_divert(ctx, "divert-packet", NULL, (yyvsp[0].port), (yylsp[-2])); }
#line 3446 "build-scan/gen/pf.tab.c"
    break;

  case 310: /* set_opt: PRIO "number"  */
#line 672 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "set-prio", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yyloc)); }
#line 3452 "build-scan/gen/pf.tab.c"
    break;

  case 311: /* set_opt: PRIO '(' "number" comma "number" ')'  */
#line 673 "grammar/pf.y"
                                           { pf_rule_opt(ctx, "set-prio", pf_item_cat(pf_item_num(ctx, (yyvsp[-3].num), (yylsp[-3])), pf_item_num(ctx, (yyvsp[-1].num), (yylsp[-1]))), (yyloc)); }
#line 3458 "build-scan/gen/pf.tab.c"
    break;

  case 312: /* set_opt: QUEUE "word"  */
#line 674 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "queue", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 3464 "build-scan/gen/pf.tab.c"
    break;

  case 313: /* set_opt: QUEUE '(' "word" comma "word" ')'  */
#line 675 "grammar/pf.y"
                                            { pf_rule_opt(ctx, "queue", pf_item_cat(pf_item_str(ctx, (yyvsp[-3].str), (yylsp[-3])), pf_item_str(ctx, (yyvsp[-1].str), (yylsp[-1]))), (yyloc)); }
#line 3470 "build-scan/gen/pf.tab.c"
    break;

  case 314: /* set_opt: TOS word  */
#line 676 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "set-tos", (yyvsp[0].item), (yyloc)); }
#line 3476 "build-scan/gen/pf.tab.c"
    break;

  case 315: /* set_opt: DELAY "number"  */
#line 677 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "delay", NULL, (yyloc)); }
#line 3482 "build-scan/gen/pf.tab.c"
    break;

  case 317: /* port_opt: %empty  */
#line 685 "grammar/pf.y"
                                        { (yyval.port) = NULL; }
#line 3488 "build-scan/gen/pf.tab.c"
    break;

  case 318: /* port_opt: PORT port_item  */
#line 686 "grammar/pf.y"
                                        { (yyval.port) = (yyvsp[0].port); }
#line 3494 "build-scan/gen/pf.tab.c"
    break;

  case 330: /* state_opt_spec: '(' state_opt_list ')'  */
#line 707 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "state-opts", NULL, (yyloc)); }
#line 3500 "build-scan/gen/pf.tab.c"
    break;

  case 333: /* state_opt: MAXIMUM "number"  */
#line 716 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "max", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yyloc)); }
#line 3506 "build-scan/gen/pf.tab.c"
    break;

  case 338: /* state_opt: OVERLOAD '<' "word" '>'  */
#line 721 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "overload", pf_item_str(ctx, (yyvsp[-1].str), (yylsp[-1])), (yyloc)); }
#line 3512 "build-scan/gen/pf.tab.c"
    break;

  case 341: /* state_opt: MAXSRCNODES "number"  */
#line 724 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "max-src-nodes", NULL, (yyloc)); }
#line 3518 "build-scan/gen/pf.tab.c"
    break;

  case 342: /* state_opt: SOURCETRACK  */
#line 725 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "source-track", NULL, (yyloc)); }
#line 3524 "build-scan/gen/pf.tab.c"
    break;

  case 343: /* state_opt: SOURCETRACK RULE  */
#line 726 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "source-track", NULL, (yyloc)); }
#line 3530 "build-scan/gen/pf.tab.c"
    break;

  case 344: /* state_opt: SOURCETRACK GLOBAL  */
#line 727 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "source-track-global", NULL, (yyloc)); }
#line 3536 "build-scan/gen/pf.tab.c"
    break;

  case 349: /* state_opt: "word" "number"  */
#line 732 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "timeout", pf_item_str(ctx, (yyvsp[-1].str), (yylsp[-1])), (yyloc)); }
#line 3542 "build-scan/gen/pf.tab.c"
    break;

  case 352: /* scrub_opt: NODF  */
#line 741 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "no-df", NULL, (yyloc)); }
#line 3548 "build-scan/gen/pf.tab.c"
    break;

  case 353: /* scrub_opt: MINTTL "number"  */
#line 742 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "min-ttl", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yyloc)); }
#line 3554 "build-scan/gen/pf.tab.c"
    break;

  case 354: /* scrub_opt: MAXMSS "number"  */
#line 743 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "max-mss", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yyloc)); }
#line 3560 "build-scan/gen/pf.tab.c"
    break;

  case 355: /* scrub_opt: SETTOS word  */
#line 744 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "set-tos", (yyvsp[0].item), (yyloc)); }
#line 3566 "build-scan/gen/pf.tab.c"
    break;

  case 356: /* scrub_opt: REASSEMBLE "word"  */
#line 745 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "reassemble", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 3572 "build-scan/gen/pf.tab.c"
    break;

  case 357: /* scrub_opt: RANDOMID  */
#line 746 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "random-id", NULL, (yyloc)); }
#line 3578 "build-scan/gen/pf.tab.c"
    break;

  case 358: /* scrub_opt: FRAGMENT REASSEMBLE  */
#line 747 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "fragment-reassemble", NULL, (yyloc)); }
#line 3584 "build-scan/gen/pf.tab.c"
    break;

  case 359: /* scrub_opt: FRAGMENT "word"  */
#line 748 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "fragment-x", NULL, (yyloc)); }
#line 3590 "build-scan/gen/pf.tab.c"
    break;

  case 362: /* $@9: %empty  */
#line 758 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_BLOCK, (yylsp[0])); pf_rule_opt(ctx, "antispoof", NULL, (yylsp[0])); }
#line 3596 "build-scan/gen/pf.tab.c"
    break;

  case 363: /* $@10: %empty  */
#line 759 "grammar/pf.y"
                                          { pf_rule_antispoof(ctx, (yyvsp[0].item)); }
#line 3602 "build-scan/gen/pf.tab.c"
    break;

  case 364: /* antispoof: ANTISPOOF $@9 antispoof_opts FOR antispoof_if $@10 af antispoof_tail  */
#line 760 "grammar/pf.y"
                                        { pf_rule_end(ctx, (yyloc)); }
#line 3608 "build-scan/gen/pf.tab.c"
    break;

  case 366: /* antispoof_if: '(' "word" ')'  */
#line 765 "grammar/pf.y"
                                        { (yyval.item) = pf_item_str(ctx, (yyvsp[-1].str), (yylsp[-1])); (yyval.item)->has2 = true; }
#line 3614 "build-scan/gen/pf.tab.c"
    break;

  case 369: /* antispoof_opts: QUICK  */
#line 771 "grammar/pf.y"
                                        { pf_rule_quick(ctx, (yylsp[0])); }
#line 3620 "build-scan/gen/pf.tab.c"
    break;

  case 370: /* antispoof_opts: log QUICK  */
#line 772 "grammar/pf.y"
                                        { pf_rule_quick(ctx, (yylsp[0])); }
#line 3626 "build-scan/gen/pf.tab.c"
    break;


#line 3630 "build-scan/gen/pf.tab.c"

      default: break;
    }
  /* User semantic actions sometimes alter yychar, and that requires
     that yytoken be updated with the new translation.  We take the
     approach of translating immediately before every use of yytoken.
     One alternative is translating here after every semantic action,
     but that translation would be missed if the semantic action invokes
     YYABORT, YYACCEPT, or YYERROR immediately after altering yychar or
     if it invokes YYBACKUP.  In the case of YYABORT or YYACCEPT, an
     incorrect destructor might then be invoked immediately.  In the
     case of YYERROR or YYBACKUP, subsequent parser actions might lead
     to an incorrect destructor call or verbose syntax error message
     before the lookahead is translated.  */
  YY_SYMBOL_PRINT ("-> $$ =", YY_CAST (yysymbol_kind_t, yyr1[yyn]), &yyval, &yyloc);

  YYPOPSTACK (yylen);
  yylen = 0;

  *++yyvsp = yyval;
  *++yylsp = yyloc;

  /* Now 'shift' the result of the reduction.  Determine what state
     that goes to, based on the state we popped back to and the rule
     number reduced by.  */
  {
    const int yylhs = yyr1[yyn] - YYNTOKENS;
    const int yyi = yypgoto[yylhs] + *yyssp;
    yystate = (0 <= yyi && yyi <= YYLAST && yycheck[yyi] == *yyssp
               ? yytable[yyi]
               : yydefgoto[yylhs]);
  }

  goto yynewstate;


/*--------------------------------------.
| yyerrlab -- here on detecting error.  |
`--------------------------------------*/
yyerrlab:
  /* Make sure we have latest lookahead translation.  See comments at
     user semantic actions for why this is necessary.  */
  yytoken = yychar == PFY_EMPTY ? YYSYMBOL_YYEMPTY : YYTRANSLATE (yychar);
  /* If not already recovering from an error, report this error.  */
  if (!yyerrstatus)
    {
      ++yynerrs;
      {
        yypcontext_t yyctx
          = {yyssp, yytoken, &yylloc};
        if (yyreport_syntax_error (&yyctx, scanner, ctx) == 2)
          YYNOMEM;
      }
    }

  yyerror_range[1] = yylloc;
  if (yyerrstatus == 3)
    {
      /* If just tried and failed to reuse lookahead token after an
         error, discard it.  */

      if (yychar <= PFY_EOF)
        {
          /* Return failure if at end of input.  */
          if (yychar == PFY_EOF)
            YYABORT;
        }
      else
        {
          yydestruct ("Error: discarding",
                      yytoken, &yylval, &yylloc, scanner, ctx);
          yychar = PFY_EMPTY;
        }
    }

  /* Else will try to reuse lookahead token after shifting the error
     token.  */
  goto yyerrlab1;


/*---------------------------------------------------.
| yyerrorlab -- error raised explicitly by YYERROR.  |
`---------------------------------------------------*/
yyerrorlab:
  /* Pacify compilers when the user code never invokes YYERROR and the
     label yyerrorlab therefore never appears in user code.  */
  if (0)
    YYERROR;
  ++yynerrs;

  /* Do not reclaim the symbols of the rule whose action triggered
     this YYERROR.  */
  YYPOPSTACK (yylen);
  yylen = 0;
  YY_STACK_PRINT (yyss, yyssp);
  yystate = *yyssp;
  goto yyerrlab1;


/*-------------------------------------------------------------.
| yyerrlab1 -- common code for both syntax error and YYERROR.  |
`-------------------------------------------------------------*/
yyerrlab1:
  yyerrstatus = 3;      /* Each real token shifted decrements this.  */

  /* Pop stack until we find a state that shifts the error token.  */
  for (;;)
    {
      yyn = yypact[yystate];
      if (!yypact_value_is_default (yyn))
        {
          yyn += YYSYMBOL_YYerror;
          if (0 <= yyn && yyn <= YYLAST && yycheck[yyn] == YYSYMBOL_YYerror)
            {
              yyn = yytable[yyn];
              if (0 < yyn)
                break;
            }
        }

      /* Pop the current state because it cannot handle the error token.  */
      if (yyssp == yyss)
        YYABORT;

      yyerror_range[1] = *yylsp;
      yydestruct ("Error: popping",
                  YY_ACCESSING_SYMBOL (yystate), yyvsp, yylsp, scanner, ctx);
      YYPOPSTACK (1);
      yystate = *yyssp;
      YY_STACK_PRINT (yyss, yyssp);
    }

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END

  yyerror_range[2] = yylloc;
  ++yylsp;
  YYLLOC_DEFAULT (*yylsp, yyerror_range, 2);

  /* Shift the error token.  */
  YY_SYMBOL_PRINT ("Shifting", YY_ACCESSING_SYMBOL (yyn), yyvsp, yylsp);

  yystate = yyn;
  goto yynewstate;


/*-------------------------------------.
| yyacceptlab -- YYACCEPT comes here.  |
`-------------------------------------*/
yyacceptlab:
  yyresult = 0;
  goto yyreturnlab;


/*-----------------------------------.
| yyabortlab -- YYABORT comes here.  |
`-----------------------------------*/
yyabortlab:
  yyresult = 1;
  goto yyreturnlab;


/*-----------------------------------------------------------.
| yyexhaustedlab -- YYNOMEM (memory exhaustion) comes here.  |
`-----------------------------------------------------------*/
yyexhaustedlab:
  yyerror (&yylloc, scanner, ctx, YY_("memory exhausted"));
  yyresult = 2;
  goto yyreturnlab;


/*----------------------------------------------------------.
| yyreturnlab -- parsing is finished, clean up and return.  |
`----------------------------------------------------------*/
yyreturnlab:
  if (yychar != PFY_EMPTY)
    {
      /* Make sure we have latest lookahead translation.  See comments at
         user semantic actions for why this is necessary.  */
      yytoken = YYTRANSLATE (yychar);
      yydestruct ("Cleanup: discarding lookahead",
                  yytoken, &yylval, &yylloc, scanner, ctx);
    }
  /* Do not reclaim the symbols of the rule whose action triggered
     this YYABORT or YYACCEPT.  */
  YYPOPSTACK (yylen);
  YY_STACK_PRINT (yyss, yyssp);
  while (yyssp != yyss)
    {
      yydestruct ("Cleanup: popping",
                  YY_ACCESSING_SYMBOL (+*yyssp), yyvsp, yylsp, scanner, ctx);
      YYPOPSTACK (1);
    }
#ifndef yyoverflow
  if (yyss != yyssa)
    YYSTACK_FREE (yyss);
#endif

  return yyresult;
}

#line 782 "grammar/pf.y"


/* "unexpected 'foo', expected ..." naming the token as written. */
static int yyreport_syntax_error(const yypcontext_t *yyctx, yyscan_t scanner,
				 struct pf_ctx *ctx)
{
	enum { MAXEXP = 5 };
	yysymbol_kind_t exp[MAXEXP];
	yysymbol_kind_t tok = yypcontext_token(yyctx);
	int n = yypcontext_expected_tokens(yyctx, exp, MAXEXP);
	char what[200], buf[600];
	size_t len;

	if (tok == YYSYMBOL_LEXERR)
		return 0; /* the scanner has said what is wrong */
	if (tok == YYSYMBOL_YYEOF)
		snprintf(what, sizeof what, "end of file");
	else if (tok == YYSYMBOL_NL)
		snprintf(what, sizeof what, "end of line");
	else
		snprintf(what, sizeof what, "'%.60s'", pfy_get_text(scanner));
	len = (size_t)snprintf(buf, sizeof buf, "syntax error, unexpected %s", what);
	if (n > 0) {
		len += (size_t)snprintf(buf + len, sizeof buf - len, ", expected ");
		for (int i = 0; i < n && len < sizeof buf; i++)
			len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s",
						i == 0 ? "" : i == n - 1 ? " or " : ", ",
						yysymbol_name(exp[i]));
	}
	srcloc open;
	const srcloc *at = yypcontext_location(yyctx);
	if (pf_scan_open_brace(scanner, pf_anchor_depth(ctx), &open) && open.line < at->line && len < sizeof buf)
		snprintf(buf + len, sizeof buf - len, " (the '{' at %d:%d is still open)",
			 open.line, open.col);
	pf_error(ctx, *at, "%s", buf);
	return 0;
}
