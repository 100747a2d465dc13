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
  YYSYMBOL_NE = 148,                       /* "'!='"  */
  YYSYMBOL_LE = 149,                       /* "'<='"  */
  YYSYMBOL_GE = 150,                       /* "'>='"  */
  YYSYMBOL_RIDENTIFIER = 151,              /* RIDENTIFIER  */
  YYSYMBOL_TRACKER = 152,                  /* TRACKER  */
  YYSYMBOL_WEIGHT = 153,                   /* WEIGHT  */
  YYSYMBOL_LOWPREC = 154,                  /* LOWPREC  */
  YYSYMBOL_155_ = 155,                     /* '='  */
  YYSYMBOL_156_ = 156,                     /* '@'  */
  YYSYMBOL_157_ = 157,                     /* ','  */
  YYSYMBOL_158_ = 158,                     /* '<'  */
  YYSYMBOL_159_ = 159,                     /* '>'  */
  YYSYMBOL_160_ = 160,                     /* '{'  */
  YYSYMBOL_161_ = 161,                     /* '}'  */
  YYSYMBOL_162_ = 162,                     /* '('  */
  YYSYMBOL_163_ = 163,                     /* ')'  */
  YYSYMBOL_164_ = 164,                     /* '!'  */
  YYSYMBOL_165_ = 165,                     /* '/'  */
  YYSYMBOL_166_ = 166,                     /* '-'  */
  YYSYMBOL_YYACCEPT = 167,                 /* $accept  */
  YYSYMBOL_input = 168,                    /* input  */
  YYSYMBOL_line = 169,                     /* line  */
  YYSYMBOL_stmt = 170,                     /* stmt  */
  YYSYMBOL_kw_macro_name = 171,            /* kw_macro_name  */
  YYSYMBOL_include = 172,                  /* include  */
  YYSYMBOL_words = 173,                    /* words  */
  YYSYMBOL_word = 174,                     /* word  */
  YYSYMBOL_string = 175,                   /* string  */
  YYSYMBOL_comma = 176,                    /* comma  */
  YYSYMBOL_lsep = 177,                     /* lsep  */
  YYSYMBOL_table = 178,                    /* table  */
  YYSYMBOL_179_1 = 179,                    /* $@1  */
  YYSYMBOL_table_opts = 180,               /* table_opts  */
  YYSYMBOL_table_opt = 181,                /* table_opt  */
  YYSYMBOL_set = 182,                      /* set  */
  YYSYMBOL_value = 183,                    /* value  */
  YYSYMBOL_value_list = 184,               /* value_list  */
  YYSYMBOL_arg_words = 185,                /* arg_words  */
  YYSYMBOL_queue = 186,                    /* queue  */
  YYSYMBOL_187_2 = 187,                    /* $@2  */
  YYSYMBOL_queue_opts = 188,               /* queue_opts  */
  YYSYMBOL_queue_opt = 189,                /* queue_opt  */
  YYSYMBOL_queue_burst = 190,              /* queue_burst  */
  YYSYMBOL_bw = 191,                       /* bw  */
  YYSYMBOL_scheduler = 192,                /* scheduler  */
  YYSYMBOL_sched_args = 193,               /* sched_args  */
  YYSYMBOL_sched_words = 194,              /* sched_words  */
  YYSYMBOL_sched_word = 195,               /* sched_word  */
  YYSYMBOL_altq = 196,                     /* altq  */
  YYSYMBOL_197_3 = 197,                    /* $@3  */
  YYSYMBOL_198_4 = 198,                    /* $@4  */
  YYSYMBOL_altq_queue = 199,               /* altq_queue  */
  YYSYMBOL_word_list = 200,                /* word_list  */
  YYSYMBOL_word_item = 201,                /* word_item  */
  YYSYMBOL_if_spec = 202,                  /* if_spec  */
  YYSYMBOL_if_list = 203,                  /* if_list  */
  YYSYMBOL_if_item = 204,                  /* if_item  */
  YYSYMBOL_host_spec = 205,                /* host_spec  */
  YYSYMBOL_host_list = 206,                /* host_list  */
  YYSYMBOL_table_host_list = 207,          /* table_host_list  */
  YYSYMBOL_table_spec = 208,               /* table_spec  */
  YYSYMBOL_xhost = 209,                    /* xhost  */
  YYSYMBOL_host = 210,                     /* host  */
  YYSYMBOL_port_spec = 211,                /* port_spec  */
  YYSYMBOL_port_list = 212,                /* port_list  */
  YYSYMBOL_port_item = 213,                /* port_item  */
  YYSYMBOL_unaryop = 214,                  /* unaryop  */
  YYSYMBOL_id_spec = 215,                  /* id_spec  */
  YYSYMBOL_id_list = 216,                  /* id_list  */
  YYSYMBOL_id_item = 217,                  /* id_item  */
  YYSYMBOL_proto_list = 218,               /* proto_list  */
  YYSYMBOL_proto_item = 219,               /* proto_item  */
  YYSYMBOL_icmp_list = 220,                /* icmp_list  */
  YYSYMBOL_icmp_item = 221,                /* icmp_item  */
  YYSYMBOL_rule = 222,                     /* rule  */
  YYSYMBOL_223_5 = 223,                    /* $@5  */
  YYSYMBOL_224_6 = 224,                    /* $@6  */
  YYSYMBOL_225_7 = 225,                    /* $@7  */
  YYSYMBOL_226_8 = 226,                    /* $@8  */
  YYSYMBOL_xlate_action = 227,             /* xlate_action  */
  YYSYMBOL_xanchor_action = 228,           /* xanchor_action  */
  YYSYMBOL_arrow_opt = 229,                /* arrow_opt  */
  YYSYMBOL_anchorname_opt = 230,           /* anchorname_opt  */
  YYSYMBOL_anchorname = 231,               /* anchorname  */
  YYSYMBOL_anchor_body = 232,              /* anchor_body  */
  YYSYMBOL_233_9 = 233,                    /* $@9  */
  YYSYMBOL_anchor_lines = 234,             /* anchor_lines  */
  YYSYMBOL_anchor_stmt = 235,              /* anchor_stmt  */
  YYSYMBOL_action = 236,                   /* action  */
  YYSYMBOL_237_10 = 237,                   /* $@10  */
  YYSYMBOL_block_kind = 238,               /* block_kind  */
  YYSYMBOL_codes = 239,                    /* codes  */
  YYSYMBOL_rule_head = 240,                /* rule_head  */
  YYSYMBOL_dir = 241,                      /* dir  */
  YYSYMBOL_logquick = 242,                 /* logquick  */
  YYSYMBOL_log = 243,                      /* log  */
  YYSYMBOL_log_opts = 244,                 /* log_opts  */
  YYSYMBOL_log_opt = 245,                  /* log_opt  */
  YYSYMBOL_on = 246,                       /* on  */
  YYSYMBOL_route = 247,                    /* route  */
  YYSYMBOL_af = 248,                       /* af  */
  YYSYMBOL_proto = 249,                    /* proto  */
  YYSYMBOL_fromto = 250,                   /* fromto  */
  YYSYMBOL_from = 251,                     /* from  */
  YYSYMBOL_os = 252,                       /* os  */
  YYSYMBOL_to = 253,                       /* to  */
  YYSYMBOL_rule_opts = 254,                /* rule_opts  */
  YYSYMBOL_rule_opt = 255,                 /* rule_opt  */
  YYSYMBOL_set_opt_list = 256,             /* set_opt_list  */
  YYSYMBOL_set_opt = 257,                  /* set_opt  */
  YYSYMBOL_pool = 258,                     /* pool  */
  YYSYMBOL_port_opt = 259,                 /* port_opt  */
  YYSYMBOL_pool_opts = 260,                /* pool_opts  */
  YYSYMBOL_pool_opt = 261,                 /* pool_opt  */
  YYSYMBOL_state_opt_spec = 262,           /* state_opt_spec  */
  YYSYMBOL_state_opt_list = 263,           /* state_opt_list  */
  YYSYMBOL_state_opt = 264,                /* state_opt  */
  YYSYMBOL_scrub_opts = 265,               /* scrub_opts  */
  YYSYMBOL_scrub_opt = 266,                /* scrub_opt  */
  YYSYMBOL_scrub_plain = 267,              /* scrub_plain  */
  YYSYMBOL_antispoof = 268,                /* antispoof  */
  YYSYMBOL_269_11 = 269,                   /* $@11  */
  YYSYMBOL_270_12 = 270,                   /* $@12  */
  YYSYMBOL_antispoof_if = 271,             /* antispoof_if  */
  YYSYMBOL_antispoof_list = 272,           /* antispoof_list  */
  YYSYMBOL_antispoof_item = 273,           /* antispoof_item  */
  YYSYMBOL_antispoof_opts = 274,           /* antispoof_opts  */
  YYSYMBOL_antispoof_tail = 275            /* antispoof_tail  */
};
typedef enum yysymbol_kind_t yysymbol_kind_t;



/* Unqualified %code blocks.  */
#line 34 "grammar/pf.y"

#include <stdio.h>
#include <string.h>

char *pfy_get_text(yyscan_t scanner);

static void pfy_error(srcloc *loc, yyscan_t scanner, struct pf_ctx *ctx, const char *msg)
{
	(void)scanner;
	pf_error(ctx, *loc, "%s", msg);
}

#line 399 "build2/gen/pf.tab.c"

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
#define YYLAST   1194

/* YYNTOKENS -- Number of terminals.  */
#define YYNTOKENS  167
/* YYNNTS -- Number of nonterminals.  */
#define YYNNTS  109
/* YYNRULES -- Number of rules.  */
#define YYNRULES  404
/* YYNSTATES -- Number of states.  */
#define YYNSTATES  740

/* YYMAXUTOK -- Last valid token kind.  */
#define YYMAXUTOK   409


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
       2,     2,     2,   164,     2,     2,     2,     2,     2,     2,
     162,   163,     2,     2,   157,   166,     2,   165,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
     158,   155,   159,     2,   156,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,   160,     2,   161,     2,     2,     2,     2,
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
     145,   146,   147,   148,   149,   150,   151,   152,   153,   154
};

#if PFY_DEBUG
/* YYRLINE[YYN] -- Source line where rule number YYN was defined.  */
static const yytype_int16 yyrline[] =
{
       0,   100,   100,   101,   105,   106,   107,   111,   112,   113,
     114,   115,   116,   117,   118,   119,   120,   121,   122,   128,
     129,   130,   131,   132,   133,   134,   138,   142,   143,   147,
     148,   152,   153,   158,   159,   167,   168,   174,   174,   179,
     180,   184,   185,   186,   187,   188,   189,   190,   196,   197,
     198,   199,   200,   201,   202,   203,   204,   205,   206,   207,
     208,   209,   210,   211,   212,   213,   214,   215,   216,   217,
     218,   219,   220,   221,   225,   229,   230,   235,   236,   242,
     242,   247,   248,   252,   253,   254,   255,   256,   257,   258,
     259,   260,   261,   262,   263,   264,   268,   269,   270,   274,
     275,   279,   280,   281,   282,   286,   287,   291,   292,   296,
     297,   298,   302,   303,   302,   308,   309,   310,   316,   317,
     321,   325,   326,   330,   331,   335,   336,   337,   338,   342,
     343,   344,   350,   351,   352,   357,   358,   359,   363,   364,
     368,   369,   370,   371,   372,   373,   374,   376,   380,   381,
     382,   384,   385,   386,   387,   388,   392,   393,   397,   398,
     402,   403,   404,   410,   411,   412,   413,   414,   415,   419,
     420,   424,   425,   429,   430,   431,   435,   436,   440,   444,
     445,   449,   450,   457,   458,   458,   460,   460,   463,   463,
     466,   467,   467,   472,   474,   477,   479,   481,   484,   486,
     488,   491,   496,   498,   500,   505,   506,   510,   511,   515,
     519,   520,   520,   525,   526,   527,   528,   535,   536,   537,
     538,   542,   543,   544,   544,   549,   550,   551,   552,   553,
     554,   555,   556,   557,   561,   562,   566,   570,   571,   572,
     576,   577,   578,   579,   580,   584,   585,   589,   590,   594,
     595,   596,   597,   601,   602,   603,   608,   609,   610,   611,
     612,   616,   617,   618,   622,   623,   624,   628,   629,   633,
     634,   635,   636,   640,   641,   642,   646,   647,   648,   649,
     653,   654,   658,   659,   660,   661,   662,   663,   664,   665,
     666,   667,   668,   669,   670,   671,   672,   673,   674,   675,
     676,   677,   678,   679,   680,   681,   682,   683,   684,   685,
     686,   687,   688,   689,   690,   691,   692,   693,   694,   695,
     696,   697,   698,   699,   700,   701,   702,   703,   704,   705,
     706,   707,   708,   713,   714,   718,   719,   720,   721,   722,
     723,   727,   731,   732,   736,   737,   741,   742,   743,   744,
     745,   746,   747,   748,   752,   753,   757,   758,   762,   763,
     764,   765,   766,   767,   768,   769,   770,   771,   772,   773,
     774,   775,   776,   777,   778,   782,   783,   787,   788,   789,
     790,   791,   792,   793,   794,   799,   800,   804,   805,   804,
     811,   812,   816,   817,   821,   822,   826,   827,   828,   829,
     833,   834,   835,   836,   837
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
  "ONCE", "ROUTE", "'!='", "'<='", "'>='", "RIDENTIFIER", "TRACKER",
  "WEIGHT", "LOWPREC", "'='", "'@'", "','", "'<'", "'>'", "'{'", "'}'",
  "'('", "')'", "'!'", "'/'", "'-'", "$accept", "input", "line", "stmt",
  "kw_macro_name", "include", "words", "word", "string", "comma", "lsep",
  "table", "$@1", "table_opts", "table_opt", "set", "value", "value_list",
  "arg_words", "queue", "$@2", "queue_opts", "queue_opt", "queue_burst",
  "bw", "scheduler", "sched_args", "sched_words", "sched_word", "altq",
  "$@3", "$@4", "altq_queue", "word_list", "word_item", "if_spec",
  "if_list", "if_item", "host_spec", "host_list", "table_host_list",
  "table_spec", "xhost", "host", "port_spec", "port_list", "port_item",
  "unaryop", "id_spec", "id_list", "id_item", "proto_list", "proto_item",
  "icmp_list", "icmp_item", "rule", "$@5", "$@6", "$@7", "$@8",
  "xlate_action", "xanchor_action", "arrow_opt", "anchorname_opt",
  "anchorname", "anchor_body", "$@9", "anchor_lines", "anchor_stmt",
  "action", "$@10", "block_kind", "codes", "rule_head", "dir", "logquick",
  "log", "log_opts", "log_opt", "on", "route", "af", "proto", "fromto",
  "from", "os", "to", "rule_opts", "rule_opt", "set_opt_list", "set_opt",
  "pool", "port_opt", "pool_opts", "pool_opt", "state_opt_spec",
  "state_opt_list", "state_opt", "scrub_opts", "scrub_opt", "scrub_plain",
  "antispoof", "$@11", "$@12", "antispoof_if", "antispoof_list",
  "antispoof_item", "antispoof_opts", "antispoof_tail", YY_NULLPTR
  };
  return yy_sname[yysymbol];
}
#endif

#define YYPACT_NINF (-602)

#define yypact_value_is_default(Yyn) \
  ((Yyn) == YYPACT_NINF)

#define YYTABLE_NINF (-235)

#define yytable_value_is_error(Yyn) \
  0

/* YYPACT[STATE-NUM] -- Index in YYTABLE of the portion describing
   STATE-NUM.  */
static const yytype_int16 yypact[] =
{
    -602,   716,  -602,   112,  -602,   -38,    40,  -602,  -602,   169,
     154,  -602,   207,   201,  -602,   170,   225,    71,  -602,   243,
     172,   262,  -602,  1017,   130,   285,  -602,   297,   164,  -602,
    -602,  -602,  -602,  -602,  -602,    65,   318,    65,  -602,  -602,
     133,   251,   318,    34,  -602,   161,  -602,   349,   105,  -602,
    -602,  -602,  -602,  -602,  -602,  -602,    65,    55,   100,   207,
     351,    27,   354,   365,   335,    98,   367,   380,   307,   758,
     214,   402,    92,   414,  1072,  -602,   133,  -602,  -602,    77,
      43,  -602,  -602,    77,  -602,  -602,   133,  -602,    44,    65,
    -602,   219,  -602,   319,   385,  -602,  -602,   269,   279,   291,
    -602,  -602,   207,   405,    65,  -602,    77,  -602,  -602,  -602,
    -602,   349,  -602,  -602,   457,  -602,  -602,  -602,  -602,  -602,
     389,   399,  -602,  -602,    26,   483,  -602,  -602,   528,   534,
     541,   550,   558,  -602,   409,  -602,  -602,    82,    73,  -602,
    -602,  -602,   347,  -602,  -602,   410,   485,  -602,   489,  -602,
     491,  -602,  -602,   133,  -602,   268,  -602,   496,   526,   506,
     486,    65,  -602,  -602,  -602,  -602,   592,   594,  -602,    77,
      15,  -602,    50,   133,   133,   456,   349,   207,    77,   984,
    -602,  -602,   277,  -602,  -602,  -602,  -602,  -602,  -602,  -602,
    -602,   435,  -602,  -602,   597,  -602,  -602,  -602,   758,   133,
     277,  -602,   342,   437,  -602,  -602,   149,  -602,   599,   600,
    -602,   601,   232,   513,  -602,  -602,   613,    96,   468,  -602,
      36,   252,  -602,    77,   879,  -602,  -602,  -602,  -602,  -602,
    -602,   606,  -602,    -2,  -602,  -602,  -602,   608,  -602,  -602,
     197,   450,   452,   609,   349,  -602,   521,   454,  -602,   454,
     612,   454,   521,   521,    44,   614,   616,   454,   620,   622,
     623,  -602,  -602,  -602,   739,  -602,  -602,   289,    60,   625,
     460,  -602,  -602,   223,   311,  -602,   626,   630,   631,  -602,
    -602,  -602,  -602,  -602,  -602,  -602,   629,  -602,  -602,   133,
    -602,   478,    57,    69,  -602,  -602,   635,  -602,   149,   301,
     331,  -602,   301,   547,  -602,    86,   301,    23,  -602,   392,
      38,    62,   512,   207,   637,   514,   301,   518,   647,   133,
      45,   649,   301,    44,   301,   301,   650,   500,   322,   537,
     659,   663,   133,   392,  -602,   664,   665,   234,  -602,  -602,
    -602,   349,   280,  -602,  -602,  -602,   301,  -602,   301,   301,
     504,  -602,   970,   757,  -602,  -602,    15,    20,   505,   504,
     133,  -602,  -602,   515,   879,  -602,  -602,   654,  -602,  -602,
    -602,  -602,  -602,   654,   654,  -602,  -602,  -602,  -602,  -602,
    -602,  -602,   562,    88,   674,   676,  -602,  -602,   681,   133,
    -602,   683,  -602,   684,   321,  -602,  -602,   648,  -602,   133,
    -602,   431,  -602,  -602,  -602,   501,   133,  -602,  -602,  -602,
     -45,   529,   532,  -602,  -602,  -602,   603,   301,   651,   652,
     603,   525,   610,  -602,   536,  -602,   695,  -602,   696,   133,
    -602,  -602,  -602,   679,  -602,  -602,  -602,   546,   349,   544,
     546,   603,  -602,  -602,  -602,  -602,   707,  -602,   603,  -602,
    -602,  -602,  -602,  -602,   708,    17,    54,   133,     4,  -602,
     546,  -602,  -602,  -602,  -602,  -602,  -602,    44,   711,   562,
     149,   619,    60,  -602,  -602,  -602,  -602,  -602,   624,   879,
      97,  -602,  -602,  -602,  -602,   326,  -602,  -602,  -602,  -602,
    -602,   521,  -602,   236,  -602,  -602,  -602,   336,  -602,  -602,
    -602,  -602,  -602,  -602,  -602,  -602,  -602,    44,   683,   678,
    -602,  -602,  -602,  -602,   722,  -602,  -602,  -602,   357,  -602,
    -602,   683,   733,  -602,   301,   734,  -602,   525,  -602,  -602,
     301,   301,  -602,  -602,   525,   573,   723,  -602,   501,   133,
    -602,   260,   133,   260,   758,  -602,   735,  -602,  -602,   241,
    -602,   573,   573,   246,  -602,  -602,   736,  -602,   738,  -602,
     248,  -602,  -602,  -602,  -602,   359,  -602,   149,   362,   573,
     573,   573,    66,  -602,  -602,  -602,   740,  -602,    61,   683,
     159,   700,  -602,    89,  -602,   741,   683,   683,  -602,  -602,
    -602,    81,  -602,   525,   683,  -602,  -602,  -602,  -602,   573,
     451,  -602,  -602,   573,  -602,  -602,  -602,  -602,  -602,   742,
    -602,  -602,  -602,  -602,   374,  -602,  -602,   377,  -602,  -602,
     387,   256,  -602,   573,  -602,   743,   573,  -602,   739,   595,
     595,  -602,     4,  -602,  -602,  -602,  -602,  -602,  -602,   562,
    -602,  -602,   207,   745,   748,   749,   567,  -602,   133,  -602,
    -602,  -602,   683,  -602,  -602,   185,  -602,  -602,  -602,   683,
     683,   301,   453,   801,  -602,  -602,   525,   683,  -602,   133,
     683,  -602,  -602,   593,  -602,   752,   756,  -602,   260,   388,
     330,   683,   349,  -602,  -602,  -602,  -602,  -602,   276,   683,
     168,   762,  -602,   332,   683,   683,  -602,   301,   301,  -602,
    -602,  -602,   598,   607,   396,  -602,  -602,   760,  -602,   764,
    -602,  -602,  -602,  -602,   769,  -602,   328,  -602,  -602,   573,
    -602,  -602,   683,   683,  -602,  -602,  -602,   133,   683,  -602,
    1072,  -602,  -602,   683,   683,   573,   573,  -602,  -602,   683
};

/* YYDEFACT[STATE-NUM] -- Default reduction number in state STATE-NUM.
   Performed when YYTABLE does not specify something else to do.  Zero
   means the default is an error.  */
static const yytype_int16 yydefact[] =
{
       2,     0,     1,     0,     4,     0,    25,   184,   387,   199,
      24,   223,     0,     0,   222,   193,    22,     0,   221,     0,
     196,    23,   186,     0,     0,     0,     3,     0,     0,     9,
      10,    11,    12,    13,    17,   237,     0,   237,    16,     6,
       0,     0,   207,   396,   200,   225,    31,    26,     0,   194,
     201,   195,   198,   188,    79,   197,   237,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     5,     0,   238,   239,   269,
     240,   209,   191,   269,    29,    30,     7,    27,     0,   237,
     208,   245,   398,   397,     0,   226,   227,   230,   232,   228,
     224,    32,     0,     0,   237,    81,   269,    54,    55,    60,
      61,    58,    63,    62,     0,    35,    50,    68,    52,    73,
      64,    66,    72,    53,     0,     0,   371,   370,     0,     0,
       0,     0,     0,   359,     0,   373,   372,   367,    33,   356,
      57,    56,    69,    35,    48,     0,   199,   204,   193,   202,
     196,   203,    18,     8,   267,     0,   280,   273,   242,   253,
     241,   237,   280,    28,   125,   128,     0,     0,   113,   269,
       0,   399,     0,     0,     0,     0,    15,     0,   269,    80,
     385,    74,     0,    65,    67,    35,    59,   121,   374,   358,
     361,     0,   366,   360,     0,   369,   368,    34,     0,     0,
       0,    37,   148,     0,   129,   142,     0,   144,     0,     0,
      35,     0,     0,   270,   130,   140,   205,     0,   276,   244,
       0,   256,   243,   269,   183,   127,   126,    81,   280,   249,
     250,     0,   251,    33,   247,   394,    35,     0,   388,   390,
      33,     0,     0,     0,    14,   280,     0,   105,    91,   105,
       0,   105,     0,     0,     0,     0,     0,   105,     0,     0,
       0,    35,    82,    94,   187,    36,    35,    33,     0,     0,
       0,   357,    77,    33,    33,    39,     0,     0,     0,   164,
     165,   167,   163,   166,   168,    35,   160,   272,   156,     0,
     145,     0,     0,     0,   143,   147,     0,   141,     0,     0,
       0,   297,     0,     0,   331,     0,     0,     0,   296,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,   315,     0,     0,     0,   190,   281,
      35,   274,     0,   268,    35,   254,     0,   257,     0,     0,
     261,   280,   115,   210,   252,   246,     0,     0,     0,   261,
       0,   231,   233,     0,   189,    99,   100,    96,   107,   101,
     104,    88,   103,    96,    96,    83,    84,    92,   102,    90,
      89,    93,     0,     0,     0,     0,   377,   382,     0,     0,
     386,    75,    51,     0,    33,    35,   362,   363,    70,     0,
      49,    38,   149,   151,   150,     0,     0,   161,   152,    35,
      33,   153,     0,   146,   271,   341,   342,     0,     0,     0,
     342,     0,     0,   344,     0,   286,     0,    35,   173,     0,
     283,   169,    35,   181,   287,    35,   289,   354,   298,     0,
     354,   342,   292,   308,   305,   299,     0,   307,   342,   312,
     344,   344,   306,   375,     0,     0,     0,     0,     0,   309,
     354,   302,   303,   291,   282,   316,   317,     0,     0,     0,
       0,   277,     0,   344,   344,   344,   262,   263,   264,   192,
       0,   114,   211,   185,   248,    33,    35,   395,   400,   235,
     229,     0,    85,    33,    87,    86,   120,    33,    35,   384,
     383,   379,   378,   381,   380,    35,   122,     0,   123,   364,
      78,    44,    42,    43,     0,    41,    35,    40,    33,    35,
     162,   132,     0,   131,     0,     0,   155,     0,   344,   344,
       0,     0,   344,   332,     0,   329,     0,   285,     0,     0,
     174,     0,     0,     0,     0,   293,     0,   294,   344,    33,
     344,   328,   327,    33,   340,   335,     0,   337,     0,   339,
      33,   333,   295,   313,   304,    33,   279,     0,    33,   260,
     259,   258,     0,   236,   116,    35,     0,   391,     0,   392,
     389,     0,   106,     0,    95,     0,   118,    76,    35,   365,
      45,     0,   157,     0,   158,    35,    35,   154,   343,   206,
     325,   344,   344,   320,   330,   346,   351,   347,   350,   348,
     352,   353,   345,   284,    33,    35,   175,    33,    35,   182,
      33,    33,   311,   318,   300,     0,   319,   314,     0,    33,
      33,   310,     0,   275,   278,   255,    35,   178,   265,     0,
     213,    35,     0,     0,     0,     0,     0,   110,     0,   109,
     108,    35,   124,    35,    46,    33,    35,   138,    35,   134,
     133,     0,   321,   323,   349,   170,     0,   171,   288,     0,
     179,   290,   355,     0,   376,     0,     0,   334,     0,    33,
       0,   393,   401,   402,   403,   404,    97,    98,    33,   119,
       0,     0,    47,     0,   135,   159,   344,     0,     0,    35,
      35,   301,     0,     0,    33,    35,   117,     0,   214,     0,
     212,   218,   219,   217,     0,   111,    33,    35,    35,   326,
     344,   344,   172,   180,   336,   338,   266,     0,   176,   216,
       0,   215,   139,   137,   136,   322,   324,    35,   220,   177
};

/* YYPGOTO[NTERM-NUM].  */
static const yytype_int16 yypgoto[] =
{
    -602,  -602,  -602,  -602,  -602,    93,   698,   -40,   -55,   -93,
    -141,    95,  -602,  -602,  -602,  -602,   -54,   579,   132,  -602,
    -602,   555,  -602,   200,  -238,  -602,    72,  -602,  -602,  -602,
    -602,  -602,  -602,  -450,   198,  -602,   313,   -85,  -150,  -602,
     101,    94,  -523,  -129,  -285,  -602,  -384,  -298,   462,  -602,
    -460,  -602,  -601,   255,  -302,   -73,  -602,  -602,  -602,  -602,
    -602,  -602,  -602,  -602,   401,  -602,  -602,  -602,  -602,  -602,
    -602,  -602,   627,   157,  -602,  -602,    -1,  -602,   430,  -602,
    -602,   441,  -602,    -3,  -602,  -602,  -602,  -146,  -602,  -602,
    -441,  -296,  -107,  -418,  -602,  -333,   259,   615,  -602,   176,
    -602,  -602,  -602,  -602,  -602,  -602,  -345,  -602,  -602
};

/* YYDEFGOTO[NTERM-NUM].  */
static const yytype_int16 yydefgoto[] =
{
       0,     1,    26,    27,    28,    29,    86,   286,    47,   585,
     182,    30,   275,   401,   517,    31,   266,   267,   273,    32,
     105,   179,   262,   492,   367,   263,   369,   493,   650,    33,
      41,   227,   481,   497,   498,   186,   394,   395,   415,   410,
     655,   656,   214,   215,   287,   518,   288,   289,   430,   614,
     431,   704,   638,   617,   618,    34,    42,    56,   104,   161,
      35,    36,   338,    89,    82,   483,   576,   680,   714,    37,
      45,   100,   241,    79,    80,   159,    93,   233,   234,   221,
     350,   478,   573,   156,   157,   218,   343,   216,   339,   560,
     459,   416,   528,   535,   612,   545,   138,   139,   553,   390,
     264,    38,    43,   359,   238,   485,   239,    94,   580
};

/* YYTABLE[YYPACT[STATE-NUM]] -- What to do in state STATE-NUM.  If
   positive, shift that token.  If negative, reduce the rule whose
   number is the opposite.  If YYTABLE_NINF, syntax error.  */
static const yytype_int16 yytable[] =
{
      87,   152,   200,   168,   111,   213,   420,   116,   434,   436,
     423,   429,   486,   414,   373,   374,   224,   561,   144,   565,
     441,   519,   555,   265,   235,   229,   448,   424,   450,   451,
     164,   114,   551,   552,   454,   429,    87,   533,   425,   187,
     164,   165,    84,    85,   268,   198,   163,   176,   164,   445,
     473,   165,   474,   475,   235,   569,   570,   571,   557,   165,
     265,   202,   203,   265,   164,   235,    84,    85,   657,   292,
      84,    85,   204,   202,   203,   165,   -71,   705,   615,   160,
     162,   230,   353,   297,   265,   202,   203,   154,    50,   107,
     202,   203,   499,    84,    85,   357,   114,    91,   455,   364,
      46,   574,   120,   180,   109,   456,    91,   547,   522,    81,
     599,   600,   197,   163,   603,    39,   523,    40,   647,    77,
     382,   529,   244,   155,  -112,   391,   737,   562,   110,   195,
     623,   166,   626,   240,   240,   345,    92,    84,    85,   205,
     356,   166,   409,   598,   405,   158,   457,   360,    51,   166,
     604,   102,    78,    84,    85,   197,   231,   219,  -204,   272,
     232,   355,   341,   205,   412,   166,   228,   657,   108,   375,
     657,   265,   202,   203,   393,   245,   422,    52,   121,   556,
     399,   393,   237,   662,   663,   566,   185,   115,   426,   679,
     167,   677,   471,    53,    83,    95,   344,   500,   432,   469,
     167,   207,   196,   472,   208,   479,   699,   446,   167,   658,
     236,    46,   237,   106,    48,   209,   558,   210,   642,   211,
     351,   212,   435,   237,   167,   207,   636,   209,   208,  -202,
     197,   211,   411,   641,   601,   602,   202,   203,   449,   209,
     429,   653,   654,   211,   209,   212,   169,    54,   211,   407,
     205,   648,   143,   581,   508,   140,   340,   575,   438,    44,
      49,   178,    55,   265,    84,    85,  -203,   141,   521,   428,
     433,   433,   202,   203,    96,    97,    98,    99,   719,   444,
     265,   114,   634,   204,   202,   203,   538,   346,    73,   347,
      74,   541,   463,   428,   543,   204,   643,   279,   280,   281,
      75,   507,   735,   736,   282,   202,   203,   283,   284,   285,
     644,   645,   207,   532,   294,   208,   204,   524,   223,    76,
     489,   370,    81,   372,   -21,   -19,   209,   -20,   653,   378,
     211,   707,   212,   708,   548,    88,   202,   203,   691,   505,
     119,   550,   197,     7,   467,   579,   692,   146,   147,   504,
     205,    11,   454,   101,   197,   112,   113,   586,   117,   510,
    -234,   206,   205,   348,   587,   696,   520,   700,   429,   118,
     349,   122,   468,   470,   596,   591,   295,   417,   594,   296,
     197,   170,   563,   205,   123,    12,   398,   418,   419,   540,
     209,   124,   578,   197,   211,    14,    84,    85,   197,   582,
     583,   720,   721,   197,   624,   197,   142,   148,   149,   627,
      17,   631,   207,   197,   205,   208,   455,   559,   145,   672,
      18,   171,   588,   456,   207,   593,   209,   208,   210,   172,
     211,   173,   212,   197,   639,   511,   150,   151,   209,   715,
     210,   174,   211,    90,   212,   207,   197,   652,   208,   103,
     392,   177,    22,   175,   659,   660,   625,   512,   513,   209,
     628,   210,   181,   211,   457,   212,    24,   632,   197,   514,
     183,   605,   400,   605,   667,   507,   207,   670,   197,   208,
     184,   691,   506,   197,   458,   197,   709,   577,   188,   732,
     209,   710,   653,   197,   211,   678,   212,   584,   428,   616,
     681,   433,   619,   433,   265,    84,    85,   276,   277,   199,
     689,   606,   690,   606,   197,   694,   197,   695,   592,   197,
     633,   666,   515,   635,   669,   365,   366,   669,   198,    84,
      85,   197,   637,   189,   197,   665,   675,   676,   668,   190,
     279,   280,   281,   649,   197,   197,   191,   282,   671,   706,
     283,   284,   427,   197,   607,   192,   607,   726,   722,   723,
     476,   477,   693,   193,   728,   265,   496,   194,   608,   201,
     608,   686,   687,   494,   495,    44,   733,   734,   609,    49,
     609,    55,   217,   610,   611,   610,   611,   682,   222,    91,
     220,   516,   661,   605,   697,   399,   739,   225,   226,   243,
     269,   270,   278,   290,   291,   293,   298,   713,   272,   342,
     354,   727,   358,   361,   363,   362,   368,   371,   376,   397,
     299,   377,   300,   693,   301,   379,   428,   380,   381,   433,
     396,   402,   302,   606,   403,   406,   404,   408,   637,   413,
     421,   437,   439,   440,   303,   304,   305,   442,   306,   279,
     280,   281,   443,   307,   447,   452,   282,   738,   308,   283,
     284,   309,   453,   461,   310,   311,   460,   462,   487,   465,
     466,   312,   313,   279,   280,   281,   607,   491,   490,   501,
     282,   502,   314,   283,   284,   503,   265,   637,   114,   315,
     608,   509,   316,   317,   525,   526,   527,   530,   531,   537,
     609,   536,   539,   534,   542,   610,   611,   318,   544,   546,
     319,   549,   567,   554,   320,   564,     2,     3,   321,     4,
       5,   322,   572,   323,   324,   589,   590,   613,     6,     7,
       8,   325,   326,     9,    10,   327,   328,    11,   595,   597,
     622,   629,   630,   640,   646,   496,   664,   673,   329,   683,
     330,   331,   197,   684,   685,   332,   701,   702,   333,   334,
     703,   724,   125,   729,   335,   336,   300,   717,   301,   730,
     725,    12,   731,   711,   153,   712,   302,   337,    13,   274,
     688,    14,   352,   651,   383,   568,   484,   718,   303,   304,
     305,   716,   306,    15,    16,   464,    17,   307,   620,   126,
     488,   242,   308,   621,   674,   309,    18,   384,   310,   311,
       0,   127,     0,   271,   385,   312,   313,    19,     0,     0,
     386,   605,    20,    21,     0,   128,   314,     0,   129,   130,
     131,   132,     0,   315,     0,     0,   316,   317,    22,    23,
       0,   133,     0,   387,     0,     0,   134,     0,   388,     0,
     135,   318,    24,     0,   319,     0,     0,     0,   320,     0,
       0,   606,   321,   389,     0,   322,     0,   323,   324,     0,
       0,     0,    25,     0,     0,   325,   326,     0,     0,   327,
     328,     0,     0,     0,   136,     0,   137,     0,   300,     0,
     301,     0,   329,     0,   330,   331,     0,     0,   302,   332,
       0,     0,   333,   334,   607,     0,     0,     0,   335,   336,
     303,   304,   305,     0,   306,     0,     0,   482,   608,   307,
       0,   337,     0,     0,   308,     0,     0,   309,   609,     0,
     310,   311,     0,   610,   611,     0,     0,   312,   313,     0,
       0,     0,   698,     0,     0,     0,     0,     0,   314,     0,
       0,     0,     0,     0,     0,   315,     0,     0,   316,   317,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   318,     0,     0,   319,     0,     0,     0,
     320,     0,     0,     0,   321,     0,   246,   322,     0,   323,
     324,     0,     0,     0,   247,     0,     0,   325,   326,   248,
     246,   327,   328,     0,     0,     0,   249,     0,   247,     0,
       0,     0,   250,   248,   329,     0,   330,   331,     0,   251,
     249,   332,     0,     0,   333,   334,   250,     0,     0,     0,
     335,   336,     0,   251,     0,     0,     0,   252,     0,    57,
       0,     0,     0,   337,   253,    58,     0,     0,     0,     0,
       0,   252,     0,     0,   254,     0,    59,     0,   253,   255,
       0,     0,     0,     0,     0,   256,   257,    60,   254,   258,
     259,   480,     0,   255,     0,     0,     0,     0,    61,   256,
     257,    62,     0,   258,   259,     7,     0,     0,     0,   146,
     147,     0,     0,    11,     0,     0,     0,     0,     0,     0,
       0,     0,    63,     0,     0,     0,     0,     0,     0,   260,
       0,    64,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   260,     0,     0,    65,     0,     0,    66,
     261,     0,     0,     0,     0,     0,     0,    14,    67,     0,
       0,     0,    68,     0,   261,     0,     0,    69,    70,   148,
     149,    71,    17,     0,     0,     0,     0,    72,     0,     0,
       0,     0,    18,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,   150,   151,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    22
};

static const yytype_int16 yycheck[] =
{
      40,    74,   143,    88,    59,   155,   302,    61,   310,   311,
     306,   309,   357,   298,   252,   253,   162,   458,    72,   469,
     316,   405,     5,     3,     4,    10,   322,     4,   324,   325,
       4,     4,   450,   451,    30,   333,    76,   421,    15,   124,
       4,    15,     4,     5,   185,   138,    86,   102,     4,     4,
     346,    15,   348,   349,     4,   473,   474,   475,     4,    15,
       3,     4,     5,     3,     4,     4,     4,     5,   591,   210,
       4,     5,    15,     4,     5,    15,     3,   678,   538,    80,
      83,    66,   228,   212,     3,     4,     5,    10,    17,    34,
       4,     5,     4,     4,     5,   236,     4,    63,    94,   245,
       4,     4,     4,   106,     4,   101,    63,   440,   153,     4,
     528,   529,   157,   153,   532,     3,   161,   155,    29,    54,
     261,   417,   177,    46,    84,   266,   727,   460,    28,    47,
     548,   105,   550,   173,   174,   220,   102,     4,     5,    82,
     233,   105,   292,   527,   285,   102,   142,   240,    77,   105,
     534,    46,    87,     4,     5,   157,   141,   158,     4,   199,
     145,   163,   217,    82,   293,   105,   169,   690,   113,   254,
     693,     3,     4,     5,   267,   178,   305,   106,    80,   162,
     273,   274,   162,   601,   602,   470,   160,   160,   165,   639,
     164,   632,   342,   122,    37,    34,   160,   109,   160,   340,
     164,   144,   120,   344,   147,   351,   666,   162,   164,   593,
     160,     4,   162,    56,    13,   158,   162,   160,    59,   162,
     223,   164,   160,   162,   164,   144,   160,   158,   147,     4,
     157,   162,   163,   578,   530,   531,     4,     5,   323,   158,
     538,   160,   161,   162,   158,   164,    89,     4,   162,   289,
      82,   162,   160,   491,   395,    41,   160,   160,   313,    90,
      90,   104,    90,     3,     4,     5,     4,    53,   409,   309,
     310,   311,     4,     5,   113,   114,   115,   116,   696,   319,
       3,     4,   567,    15,     4,     5,   427,    35,   158,    37,
       5,   432,   332,   333,   435,    15,   137,   148,   149,   150,
       3,   394,   720,   721,   155,     4,     5,   158,   159,   160,
     151,   152,   144,   420,    82,   147,    15,   410,   161,   155,
     360,   249,     4,   251,   155,   155,   158,   155,   160,   257,
     162,     1,   164,     3,   441,    84,     4,     5,   153,   393,
       5,   448,   157,    13,   110,   486,   161,    17,    18,   389,
      82,    21,    30,     4,   157,     4,     5,   498,     4,   399,
     163,    93,    82,   111,   505,   661,   406,   669,   666,     4,
     118,     4,   138,    93,   524,   516,   144,    46,   519,   147,
     157,   162,   467,    82,     4,    55,   163,    56,    57,   429,
     158,    84,   485,   157,   162,    65,     4,     5,   157,   163,
     493,   697,   698,   157,   163,   157,     4,    77,    78,   163,
      80,   163,   144,   157,    82,   147,    94,   457,     4,   163,
      90,   102,   507,   101,   144,   518,   158,   147,   160,    44,
     162,   162,   164,   157,   575,     4,   106,   107,   158,   163,
     160,   162,   162,    42,   164,   144,   157,   588,   147,    48,
     161,    46,   122,   162,   595,   596,   549,    26,    27,   158,
     553,   160,     5,   162,   142,   164,   136,   560,   157,    38,
      81,    20,   161,    20,   615,   568,   144,   618,   157,   147,
      81,   153,   161,   157,   162,   157,   156,   161,     5,   161,
     158,   161,   160,   157,   162,   636,   164,   161,   538,   539,
     641,   541,   542,   543,     3,     4,     5,   165,   166,   162,
     651,    60,   653,    60,   157,   656,   157,   658,   161,   157,
     161,   614,    91,   161,   617,     4,     5,   620,   621,     4,
       5,   157,   572,     5,   157,   161,   629,   630,   161,     5,
     148,   149,   150,   583,   157,   157,     5,   155,   161,   161,
     158,   159,   160,   157,   103,     5,   103,   161,   699,   700,
      56,    57,   655,     5,   705,     3,     4,   158,   117,   159,
     117,     4,     5,   373,   374,    90,   717,   718,   127,    90,
     127,    90,    86,   132,   133,   132,   133,   642,   102,    63,
      84,   160,   141,    20,   141,   688,   737,     5,     4,   143,
     165,     4,   165,     4,     4,     4,    93,   680,   648,   141,
       4,   704,     4,   163,     5,   163,   162,     5,     4,   159,
       7,     5,     9,   716,    11,     5,   666,     5,     5,   669,
       5,     5,    19,    60,     4,     6,     5,   159,   678,     4,
      93,   129,     5,   129,    31,    32,    33,   129,    35,   148,
     149,   150,     5,    40,     5,     5,   155,   730,    45,   158,
     159,    48,   162,     4,    51,    52,   129,     4,   163,     5,
       5,    58,    59,   148,   149,   150,   103,    23,   163,     5,
     155,     5,    69,   158,   159,     4,     3,   727,     4,    76,
     117,    43,    79,    80,   165,   163,    93,    46,    46,     4,
     127,   165,     6,    93,    25,   132,   133,    94,   162,   165,
      97,     4,    93,     5,   101,     4,     0,     1,   105,     3,
       4,   108,    98,   110,   111,    47,     4,     4,    12,    13,
      14,   118,   119,    17,    18,   122,   123,    21,     5,     5,
       5,     5,     4,     3,    44,     4,     4,     4,   135,     4,
     137,   138,   157,     5,     5,   142,   163,     5,   145,   146,
       4,   163,     4,     3,   151,   152,     9,     5,    11,     5,
     163,    55,     3,   680,    76,   680,    19,   164,    62,   200,
     648,    65,   227,   585,    45,   472,   356,   693,    31,    32,
      33,   690,    35,    77,    78,   333,    80,    40,   543,    41,
     359,   174,    45,   544,   628,    48,    90,    68,    51,    52,
      -1,    53,    -1,   198,    75,    58,    59,   101,    -1,    -1,
      81,    20,   106,   107,    -1,    67,    69,    -1,    70,    71,
      72,    73,    -1,    76,    -1,    -1,    79,    80,   122,   123,
      -1,    83,    -1,   104,    -1,    -1,    88,    -1,   109,    -1,
      92,    94,   136,    -1,    97,    -1,    -1,    -1,   101,    -1,
      -1,    60,   105,   124,    -1,   108,    -1,   110,   111,    -1,
      -1,    -1,   156,    -1,    -1,   118,   119,    -1,    -1,   122,
     123,    -1,    -1,    -1,   126,    -1,   128,    -1,     9,    -1,
      11,    -1,   135,    -1,   137,   138,    -1,    -1,    19,   142,
      -1,    -1,   145,   146,   103,    -1,    -1,    -1,   151,   152,
      31,    32,    33,    -1,    35,    -1,    -1,   160,   117,    40,
      -1,   164,    -1,    -1,    45,    -1,    -1,    48,   127,    -1,
      51,    52,    -1,   132,   133,    -1,    -1,    58,    59,    -1,
      -1,    -1,   141,    -1,    -1,    -1,    -1,    -1,    69,    -1,
      -1,    -1,    -1,    -1,    -1,    76,    -1,    -1,    79,    80,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    94,    -1,    -1,    97,    -1,    -1,    -1,
     101,    -1,    -1,    -1,   105,    -1,    16,   108,    -1,   110,
     111,    -1,    -1,    -1,    24,    -1,    -1,   118,   119,    29,
      16,   122,   123,    -1,    -1,    -1,    36,    -1,    24,    -1,
      -1,    -1,    42,    29,   135,    -1,   137,   138,    -1,    49,
      36,   142,    -1,    -1,   145,   146,    42,    -1,    -1,    -1,
     151,   152,    -1,    49,    -1,    -1,    -1,    67,    -1,    22,
      -1,    -1,    -1,   164,    74,    28,    -1,    -1,    -1,    -1,
      -1,    67,    -1,    -1,    84,    -1,    39,    -1,    74,    89,
      -1,    -1,    -1,    -1,    -1,    95,    96,    50,    84,    99,
     100,   101,    -1,    89,    -1,    -1,    -1,    -1,    61,    95,
      96,    64,    -1,    99,   100,    13,    -1,    -1,    -1,    17,
      18,    -1,    -1,    21,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    85,    -1,    -1,    -1,    -1,    -1,    -1,   139,
      -1,    94,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   139,    -1,    -1,   109,    -1,    -1,   112,
     160,    -1,    -1,    -1,    -1,    -1,    -1,    65,   121,    -1,
      -1,    -1,   125,    -1,   160,    -1,    -1,   130,   131,    77,
      78,   134,    80,    -1,    -1,    -1,    -1,   140,    -1,    -1,
      -1,    -1,    90,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   106,   107,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   122
};

/* YYSTOS[STATE-NUM] -- The symbol kind of the accessing symbol of
   state STATE-NUM.  */
static const yytype_int16 yystos[] =
{
       0,   168,     0,     1,     3,     4,    12,    13,    14,    17,
      18,    21,    55,    62,    65,    77,    78,    80,    90,   101,
     106,   107,   122,   123,   136,   156,   169,   170,   171,   172,
     178,   182,   186,   196,   222,   227,   228,   236,   268,     3,
     155,   197,   223,   269,    90,   237,     4,   175,    13,    90,
      17,    77,   106,   122,     4,    90,   224,    22,    28,    39,
      50,    61,    64,    85,    94,   109,   112,   121,   125,   130,
     131,   134,   140,   158,     5,     3,   155,    54,    87,   240,
     241,     4,   231,   240,     4,     5,   173,   174,    84,   230,
     231,    63,   102,   243,   274,    34,   113,   114,   115,   116,
     238,     4,    46,   231,   225,   187,   240,    34,   113,     4,
      28,   175,     4,     5,     4,   160,   183,     4,     4,     5,
       4,    80,     4,     4,    84,     4,    41,    53,    67,    70,
      71,    72,    73,    83,    88,    92,   126,   128,   263,   264,
      41,    53,     4,   160,   183,     4,    17,    18,    77,    78,
     106,   107,   222,   173,    10,    46,   250,   251,   102,   242,
     243,   226,   250,   174,     4,    15,   105,   164,   204,   240,
     162,   102,    44,   162,   162,   162,   175,    46,   240,   188,
     250,     5,   177,    81,    81,   160,   202,   204,     5,     5,
       5,     5,     5,     5,   158,    47,   120,   157,   176,   162,
     177,   159,     4,     5,    15,    82,    93,   144,   147,   158,
     160,   162,   164,   205,   209,   210,   254,    86,   252,   243,
      84,   246,   102,   240,   254,     5,     4,   198,   250,    10,
      66,   141,   145,   244,   245,     4,   160,   162,   271,   273,
     174,   239,   239,   143,   175,   250,    16,    24,    29,    36,
      42,    49,    67,    74,    84,    89,    95,    96,    99,   100,
     139,   160,   189,   192,   267,     3,   183,   184,   177,   165,
       4,   264,   174,   185,   184,   179,   165,   166,   165,   148,
     149,   150,   155,   158,   159,   160,   174,   211,   213,   214,
       4,     4,   177,     4,    82,   144,   147,   210,    93,     7,
       9,    11,    19,    31,    32,    33,    35,    40,    45,    48,
      51,    52,    58,    59,    69,    76,    79,    80,    94,    97,
     101,   105,   108,   110,   111,   118,   119,   122,   123,   135,
     137,   138,   142,   145,   146,   151,   152,   164,   229,   255,
     160,   175,   141,   253,   160,   204,    35,    37,   111,   118,
     247,   250,   188,   254,     4,   163,   176,   177,     4,   270,
     176,   163,   163,     5,   254,     4,     5,   191,   162,   193,
     193,     5,   193,   191,   191,   204,     4,     5,   193,     5,
       5,     5,   177,    45,    68,    75,    81,   104,   109,   124,
     266,   177,   161,   176,   203,   204,     5,   159,   163,   176,
     161,   180,     5,     4,     5,   177,     6,   174,   159,   205,
     206,   163,   210,     4,   211,   205,   258,    46,    56,    57,
     258,    93,   210,   258,     4,    15,   165,   160,   174,   214,
     215,   217,   160,   174,   221,   160,   221,   129,   175,     5,
     129,   258,   129,     5,   174,     4,   162,     5,   258,   204,
     258,   258,     5,   162,    30,    94,   101,   142,   162,   257,
     129,     4,     4,   174,   215,     5,     5,   110,   138,   177,
      93,   205,   177,   258,   258,   258,    56,    57,   248,   254,
     101,   199,   160,   232,   245,   272,   273,   163,   248,   174,
     163,    23,   190,   194,   190,   190,     4,   200,   201,     4,
     109,     5,     5,     4,   174,   183,   161,   176,   177,    43,
     174,     4,    26,    27,    38,    91,   160,   181,   212,   213,
     174,   177,   153,   161,   176,   165,   163,    93,   259,   258,
      46,    46,   259,   213,    93,   260,   165,     4,   177,     6,
     174,   177,    25,   177,   162,   262,   165,   262,   259,     4,
     259,   260,   260,   265,     5,     5,   162,     4,   162,   174,
     256,   257,   262,   204,     4,   200,   211,    93,   203,   260,
     260,   260,    98,   249,     4,   160,   233,   161,   176,   177,
     275,   191,   163,   176,   161,   176,   177,   177,   204,    47,
       4,   177,   161,   176,   177,     5,   205,     5,   213,   260,
     260,   258,   258,   260,   213,    20,    60,   103,   117,   127,
     132,   133,   261,     4,   216,   217,   174,   220,   221,   174,
     220,   263,     5,   260,   163,   176,   260,   163,   176,     5,
       4,   163,   176,   161,   211,   161,   160,   174,   219,   177,
       3,   273,    59,   137,   151,   152,    44,    29,   162,   174,
     195,   201,   177,   160,   161,   207,   208,   209,   213,   177,
     177,   141,   260,   260,     4,   161,   176,   177,   161,   176,
     177,   161,   163,     4,   266,   176,   176,   257,   177,   200,
     234,   177,   175,     4,     5,     5,     4,     5,   185,   177,
     177,   153,   161,   176,   177,   177,   258,   141,   141,   217,
     221,   163,     5,     4,   218,   219,   161,     1,     3,   156,
     161,   172,   178,   222,   235,   163,   207,     5,   208,   260,
     258,   258,   177,   177,   163,   163,   161,   176,   177,     3,
       5,     3,   161,   177,   177,   260,   260,   219,   222,   177
};

/* YYR1[RULE-NUM] -- Symbol kind of the left-hand side of rule RULE-NUM.  */
static const yytype_int16 yyr1[] =
{
       0,   167,   168,   168,   169,   169,   169,   170,   170,   170,
     170,   170,   170,   170,   170,   170,   170,   170,   170,   171,
     171,   171,   171,   171,   171,   171,   172,   173,   173,   174,
     174,   175,   175,   176,   176,   177,   177,   179,   178,   180,
     180,   181,   181,   181,   181,   181,   181,   181,   182,   182,
     182,   182,   182,   182,   182,   182,   182,   182,   182,   182,
     182,   182,   182,   182,   182,   182,   182,   182,   182,   182,
     182,   182,   182,   182,   183,   184,   184,   185,   185,   187,
     186,   188,   188,   189,   189,   189,   189,   189,   189,   189,
     189,   189,   189,   189,   189,   189,   190,   190,   190,   191,
     191,   192,   192,   192,   192,   193,   193,   194,   194,   195,
     195,   195,   197,   198,   196,   199,   199,   199,   200,   200,
     201,   202,   202,   203,   203,   204,   204,   204,   204,   205,
     205,   205,   206,   206,   206,   207,   207,   207,   208,   208,
     209,   209,   209,   209,   209,   209,   209,   209,   210,   210,
     210,   210,   210,   210,   210,   210,   211,   211,   212,   212,
     213,   213,   213,   214,   214,   214,   214,   214,   214,   215,
     215,   216,   216,   217,   217,   217,   218,   218,   219,   220,
     220,   221,   221,   222,   223,   222,   224,   222,   225,   222,
     222,   226,   222,   227,   227,   227,   227,   227,   227,   227,
     227,   227,   228,   228,   228,   229,   229,   230,   230,   231,
     232,   233,   232,   234,   234,   234,   234,   235,   235,   235,
     235,   236,   236,   237,   236,   238,   238,   238,   238,   238,
     238,   238,   238,   238,   239,   239,   240,   241,   241,   241,
     242,   242,   242,   242,   242,   243,   243,   244,   244,   245,
     245,   245,   245,   246,   246,   246,   247,   247,   247,   247,
     247,   248,   248,   248,   249,   249,   249,   250,   250,   251,
     251,   251,   251,   252,   252,   252,   253,   253,   253,   253,
     254,   254,   255,   255,   255,   255,   255,   255,   255,   255,
     255,   255,   255,   255,   255,   255,   255,   255,   255,   255,
     255,   255,   255,   255,   255,   255,   255,   255,   255,   255,
     255,   255,   255,   255,   255,   255,   255,   255,   255,   255,
     255,   255,   255,   255,   255,   255,   255,   255,   255,   255,
     255,   255,   255,   256,   256,   257,   257,   257,   257,   257,
     257,   258,   259,   259,   260,   260,   261,   261,   261,   261,
     261,   261,   261,   261,   262,   262,   263,   263,   264,   264,
     264,   264,   264,   264,   264,   264,   264,   264,   264,   264,
     264,   264,   264,   264,   264,   265,   265,   266,   266,   266,
     266,   266,   266,   266,   266,   267,   267,   269,   270,   268,
     271,   271,   272,   272,   273,   273,   274,   274,   274,   274,
     275,   275,   275,   275,   275
};

/* YYR2[RULE-NUM] -- Number of symbols on the right-hand side of rule RULE-NUM.  */
static const yytype_int8 yyr2[] =
{
       0,     2,     0,     2,     1,     2,     2,     3,     3,     1,
       1,     1,     1,     1,     5,     4,     1,     1,     3,     1,
       1,     1,     1,     1,     1,     1,     2,     1,     2,     1,
       1,     1,     2,     0,     1,     0,     2,     0,     6,     0,
       2,     1,     1,     1,     1,     2,     3,     4,     3,     6,
       3,     6,     3,     3,     3,     3,     3,     3,     3,     4,
       3,     3,     3,     3,     3,     4,     3,     4,     3,     3,
       6,     3,     3,     3,     2,     2,     4,     1,     3,     0,
       4,     0,     2,     2,     2,     3,     3,     3,     2,     2,
       2,     1,     2,     2,     1,     4,     0,     4,     4,     1,
       1,     2,     2,     2,     2,     0,     3,     0,     3,     1,
       1,     3,     0,     0,     7,     0,     2,     5,     2,     4,
       1,     1,     4,     2,     4,     1,     2,     2,     1,     1,
       1,     4,     2,     4,     4,     2,     4,     4,     1,     4,
       1,     2,     1,     2,     1,     2,     3,     2,     1,     3,
       3,     3,     3,     3,     5,     4,     1,     4,     2,     4,
       1,     2,     3,     1,     1,     1,     1,     1,     1,     1,
       4,     2,     4,     1,     2,     3,     2,     4,     1,     2,
       4,     1,     3,     4,     0,     7,     0,     5,     0,     6,
       5,     0,     6,     1,     2,     2,     1,     2,     2,     1,
       2,     2,     1,     1,     1,     0,     4,     0,     1,     1,
       0,     0,     5,     0,     2,     3,     3,     1,     1,     1,
       3,     1,     1,     0,     3,     0,     1,     1,     1,     5,
       1,     4,     1,     4,     1,     3,     6,     0,     1,     1,
       0,     1,     1,     2,     2,     1,     4,     1,     3,     1,
       1,     1,     2,     0,     2,     5,     0,     1,     3,     3,
       3,     0,     1,     1,     0,     2,     5,     1,     3,     0,
       2,     4,     3,     0,     2,     5,     0,     2,     4,     3,
       0,     2,     2,     2,     4,     3,     2,     2,     5,     2,
       5,     2,     2,     3,     3,     3,     1,     1,     2,     2,
       4,     6,     2,     2,     3,     2,     2,     2,     2,     2,
       4,     4,     2,     3,     4,     1,     2,     2,     4,     4,
       4,     5,     8,     5,     8,     4,     7,     3,     3,     3,
       4,     1,     3,     1,     3,     2,     6,     2,     6,     2,
       2,     1,     0,     2,     0,     2,     1,     1,     1,     2,
       1,     1,     1,     1,     0,     3,     1,     3,     2,     1,
       2,     2,     4,     4,     5,     6,     2,     1,     2,     2,
       1,     1,     1,     1,     2,     0,     3,     1,     2,     2,
       2,     2,     1,     2,     2,     0,     2,     0,     0,     8,
       1,     4,     2,     4,     1,     3,     0,     1,     1,     2,
       0,     3,     3,     3,     3
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
#line 106 "grammar/pf.y"
                                        { pf_stmt_end(ctx); }
#line 2189 "build2/gen/pf.tab.c"
    break;

  case 6: /* line: error "end of line"  */
#line 107 "grammar/pf.y"
                                        { pf_stmt_abort(ctx); yyerrok; }
#line 2195 "build2/gen/pf.tab.c"
    break;

  case 7: /* stmt: "word" '=' words  */
#line 111 "grammar/pf.y"
                                        { pf_macro_set(ctx, (yyvsp[-2].str), (yyvsp[0].item), (yylsp[-2])); }
#line 2201 "build2/gen/pf.tab.c"
    break;

  case 8: /* stmt: kw_macro_name '=' words  */
#line 112 "grammar/pf.y"
                                        { pf_keyword_macro(ctx, (yyvsp[-2].str), (yyvsp[0].item), (yylsp[-2])); }
#line 2207 "build2/gen/pf.tab.c"
    break;

  case 14: /* stmt: LOAD ANCHOR anchorname FROM string  */
#line 118 "grammar/pf.y"
                                             { pf_load_anchor(ctx, (yyvsp[-2].str), (yyvsp[0].str), (yyloc)); }
#line 2213 "build2/gen/pf.tab.c"
    break;

  case 15: /* stmt: LOAD ANCHOR FROM string  */
#line 119 "grammar/pf.y"
                                        { pf_load_anchor(ctx, NULL, (yyvsp[0].str), (yyloc)); }
#line 2219 "build2/gen/pf.tab.c"
    break;

  case 19: /* kw_macro_name: NAT  */
#line 128 "grammar/pf.y"
                                        { (yyval.str) = "nat"; }
#line 2225 "build2/gen/pf.tab.c"
    break;

  case 20: /* kw_macro_name: RDR  */
#line 129 "grammar/pf.y"
                                        { (yyval.str) = "rdr"; }
#line 2231 "build2/gen/pf.tab.c"
    break;

  case 21: /* kw_macro_name: BINAT  */
#line 130 "grammar/pf.y"
                                        { (yyval.str) = "binat"; }
#line 2237 "build2/gen/pf.tab.c"
    break;

  case 22: /* kw_macro_name: NATANCHOR  */
#line 131 "grammar/pf.y"
                                        { (yyval.str) = "nat-anchor"; }
#line 2243 "build2/gen/pf.tab.c"
    break;

  case 23: /* kw_macro_name: RDRANCHOR  */
#line 132 "grammar/pf.y"
                                        { (yyval.str) = "rdr-anchor"; }
#line 2249 "build2/gen/pf.tab.c"
    break;

  case 24: /* kw_macro_name: BINATANCHOR  */
#line 133 "grammar/pf.y"
                                        { (yyval.str) = "binat-anchor"; }
#line 2255 "build2/gen/pf.tab.c"
    break;

  case 25: /* kw_macro_name: ALTQ  */
#line 134 "grammar/pf.y"
                                        { (yyval.str) = "altq"; }
#line 2261 "build2/gen/pf.tab.c"
    break;

  case 26: /* include: INCLUDE string  */
#line 138 "grammar/pf.y"
                                        { pf_include(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 2267 "build2/gen/pf.tab.c"
    break;

  case 28: /* words: words word  */
#line 143 "grammar/pf.y"
                                        { (yyval.item) = pf_item_cat((yyvsp[-1].item), (yyvsp[0].item)); }
#line 2273 "build2/gen/pf.tab.c"
    break;

  case 29: /* word: "word"  */
#line 147 "grammar/pf.y"
                                        { (yyval.item) = pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 2279 "build2/gen/pf.tab.c"
    break;

  case 30: /* word: "number"  */
#line 148 "grammar/pf.y"
                                        { (yyval.item) = pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])); }
#line 2285 "build2/gen/pf.tab.c"
    break;

  case 32: /* string: string "word"  */
#line 153 "grammar/pf.y"
                                        { (yyval.str) = (yyvsp[-1].str); (void)(yyvsp[0].str); }
#line 2291 "build2/gen/pf.tab.c"
    break;

  case 37: /* $@1: %empty  */
#line 174 "grammar/pf.y"
                                        { pf_table_begin(ctx, (yyvsp[-1].str), (yylsp[-1])); }
#line 2297 "build2/gen/pf.tab.c"
    break;

  case 38: /* table: TABLE '<' "word" '>' $@1 table_opts  */
#line 175 "grammar/pf.y"
                                        { pf_table_end(ctx, (yyloc)); }
#line 2303 "build2/gen/pf.tab.c"
    break;

  case 41: /* table_opt: PERSIST  */
#line 184 "grammar/pf.y"
                                        { pf_table_opt(ctx, "persist", (yylsp[0])); }
#line 2309 "build2/gen/pf.tab.c"
    break;

  case 42: /* table_opt: CONST  */
#line 185 "grammar/pf.y"
                                        { pf_table_opt(ctx, "const", (yylsp[0])); }
#line 2315 "build2/gen/pf.tab.c"
    break;

  case 43: /* table_opt: COUNTERS  */
#line 186 "grammar/pf.y"
                                        { pf_table_opt(ctx, "counters", (yylsp[0])); }
#line 2321 "build2/gen/pf.tab.c"
    break;

  case 44: /* table_opt: "word"  */
#line 187 "grammar/pf.y"
                                        { pf_table_opt(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 2327 "build2/gen/pf.tab.c"
    break;

  case 45: /* table_opt: FILENAME "word"  */
#line 188 "grammar/pf.y"
                                        { pf_table_file(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 2333 "build2/gen/pf.tab.c"
    break;

  case 47: /* table_opt: '{' lsep table_host_list '}'  */
#line 190 "grammar/pf.y"
                                        { pf_table_hosts(ctx, (yyvsp[-1].host)); }
#line 2339 "build2/gen/pf.tab.c"
    break;

  case 48: /* set: SET TIMEOUT value  */
#line 196 "grammar/pf.y"
                                        { pf_set_option(ctx, "timeout", (yyvsp[0].item), (yyloc)); }
#line 2345 "build2/gen/pf.tab.c"
    break;

  case 49: /* set: SET TIMEOUT '{' lsep value_list '}'  */
#line 197 "grammar/pf.y"
                                              { pf_set_option(ctx, "timeout", (yyvsp[-1].item), (yyloc)); }
#line 2351 "build2/gen/pf.tab.c"
    break;

  case 50: /* set: SET LIMIT value  */
#line 198 "grammar/pf.y"
                                        { pf_set_option(ctx, "limit", (yyvsp[0].item), (yyloc)); }
#line 2357 "build2/gen/pf.tab.c"
    break;

  case 51: /* set: SET LIMIT '{' lsep value_list '}'  */
#line 199 "grammar/pf.y"
                                            { pf_set_option(ctx, "limit", (yyvsp[-1].item), (yyloc)); }
#line 2363 "build2/gen/pf.tab.c"
    break;

  case 52: /* set: SET OPTIMIZATION "word"  */
#line 200 "grammar/pf.y"
                                        { pf_set_option(ctx, "optimization", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 2369 "build2/gen/pf.tab.c"
    break;

  case 53: /* set: SET RULESETOPTIMIZATION "word"  */
#line 201 "grammar/pf.y"
                                         { pf_set_option(ctx, "ruleset-optimization", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 2375 "build2/gen/pf.tab.c"
    break;

  case 54: /* set: SET BLOCKPOLICY DROP  */
#line 202 "grammar/pf.y"
                                        { pf_set_option(ctx, "block-policy", pf_item_str(ctx, "drop", (yylsp[0])), (yyloc)); }
#line 2381 "build2/gen/pf.tab.c"
    break;

  case 55: /* set: SET BLOCKPOLICY RETURN  */
#line 203 "grammar/pf.y"
                                        { pf_set_option(ctx, "block-policy", pf_item_str(ctx, "return", (yylsp[0])), (yyloc)); }
#line 2387 "build2/gen/pf.tab.c"
    break;

  case 56: /* set: SET STATEPOLICY IFBOUND  */
#line 204 "grammar/pf.y"
                                        { pf_set_option(ctx, "state-policy", NULL, (yyloc)); }
#line 2393 "build2/gen/pf.tab.c"
    break;

  case 57: /* set: SET STATEPOLICY FLOATING  */
#line 205 "grammar/pf.y"
                                        { pf_set_option(ctx, "state-policy", NULL, (yyloc)); }
#line 2399 "build2/gen/pf.tab.c"
    break;

  case 58: /* set: SET FINGERPRINTS string  */
#line 206 "grammar/pf.y"
                                        { pf_set_option(ctx, "fingerprints", NULL, (yyloc)); }
#line 2405 "build2/gen/pf.tab.c"
    break;

  case 59: /* set: SET SKIP ON if_spec  */
#line 207 "grammar/pf.y"
                                        { pf_set_skip(ctx, (yyvsp[0].item), (yyloc)); }
#line 2411 "build2/gen/pf.tab.c"
    break;

  case 60: /* set: SET DEBUG "word"  */
#line 208 "grammar/pf.y"
                                        { pf_set_option(ctx, "debug", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 2417 "build2/gen/pf.tab.c"
    break;

  case 61: /* set: SET DEBUG DEBUG  */
#line 209 "grammar/pf.y"
                                        { pf_set_option(ctx, "debug", pf_item_str(ctx, "debug", (yylsp[0])), (yyloc)); }
#line 2423 "build2/gen/pf.tab.c"
    break;

  case 62: /* set: SET HOSTID "number"  */
#line 210 "grammar/pf.y"
                                        { pf_set_option(ctx, "hostid", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yylsp[0])); }
#line 2429 "build2/gen/pf.tab.c"
    break;

  case 63: /* set: SET HOSTID "word"  */
#line 211 "grammar/pf.y"
                                        { pf_set_option(ctx, "hostid", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yylsp[0])); }
#line 2435 "build2/gen/pf.tab.c"
    break;

  case 64: /* set: SET REASSEMBLE "word"  */
#line 212 "grammar/pf.y"
                                        { pf_set_option(ctx, "reassemble", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 2441 "build2/gen/pf.tab.c"
    break;

  case 65: /* set: SET REASSEMBLE "word" NODF  */
#line 213 "grammar/pf.y"
                                        { pf_set_option(ctx, "reassemble", pf_item_str(ctx, (yyvsp[-1].str), (yylsp[-1])), (yyloc)); }
#line 2447 "build2/gen/pf.tab.c"
    break;

  case 66: /* set: SET REASSEMBLE NO  */
#line 214 "grammar/pf.y"
                                        { pf_set_option(ctx, "reassemble", pf_item_str(ctx, "no", (yylsp[0])), (yyloc)); }
#line 2453 "build2/gen/pf.tab.c"
    break;

  case 67: /* set: SET REASSEMBLE NO NODF  */
#line 215 "grammar/pf.y"
                                        { pf_set_option(ctx, "reassemble", pf_item_str(ctx, "no", (yylsp[-1])), (yyloc)); }
#line 2459 "build2/gen/pf.tab.c"
    break;

  case 68: /* set: SET LOGINTERFACE "word"  */
#line 216 "grammar/pf.y"
                                        { pf_set_option(ctx, "loginterface", NULL, (yyloc)); }
#line 2465 "build2/gen/pf.tab.c"
    break;

  case 69: /* set: SET SYNCOOKIES "word"  */
#line 217 "grammar/pf.y"
                                        { pf_set_option(ctx, "syncookies", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 2471 "build2/gen/pf.tab.c"
    break;

  case 70: /* set: SET SYNCOOKIES "word" '(' arg_words ')'  */
#line 218 "grammar/pf.y"
                                                  { pf_set_option(ctx, "syncookies", pf_item_str(ctx, (yyvsp[-3].str), (yylsp[-3])), (yyloc)); }
#line 2477 "build2/gen/pf.tab.c"
    break;

  case 71: /* set: SET STATEDEFAULTS state_opt_list  */
#line 219 "grammar/pf.y"
                                           { pf_set_option(ctx, "state-defaults", NULL, (yyloc)); }
#line 2483 "build2/gen/pf.tab.c"
    break;

  case 72: /* set: SET REQUIREORDER "word"  */
#line 220 "grammar/pf.y"
                                        { pf_set_option(ctx, "require-order", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 2489 "build2/gen/pf.tab.c"
    break;

  case 73: /* set: SET PRIO "number"  */
#line 221 "grammar/pf.y"
                                        { pf_set_option(ctx, "prio", NULL, (yyloc)); }
#line 2495 "build2/gen/pf.tab.c"
    break;

  case 74: /* value: "word" "number"  */
#line 225 "grammar/pf.y"
                                        { (yyval.item) = pf_item_str(ctx, (yyvsp[-1].str), (yylsp[-1])); (yyval.item)->n = (yyvsp[0].num); (yyval.item)->has_num = true; }
#line 2501 "build2/gen/pf.tab.c"
    break;

  case 76: /* value_list: value_list comma value lsep  */
#line 230 "grammar/pf.y"
                                      { (yyval.item) = pf_item_cat((yyvsp[-3].item), (yyvsp[-1].item)); }
#line 2507 "build2/gen/pf.tab.c"
    break;

  case 78: /* arg_words: arg_words comma word  */
#line 236 "grammar/pf.y"
                                        { (yyval.item) = pf_item_cat((yyvsp[-2].item), (yyvsp[0].item)); }
#line 2513 "build2/gen/pf.tab.c"
    break;

  case 79: /* $@2: %empty  */
#line 242 "grammar/pf.y"
                                        { pf_queue_begin(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 2519 "build2/gen/pf.tab.c"
    break;

  case 80: /* queue: QUEUE "word" $@2 queue_opts  */
#line 243 "grammar/pf.y"
                                        { pf_queue_end(ctx, (yyloc)); }
#line 2525 "build2/gen/pf.tab.c"
    break;

  case 83: /* queue_opt: ON if_item  */
#line 252 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "on", (yyvsp[0].item), (yyloc)); }
#line 2531 "build2/gen/pf.tab.c"
    break;

  case 84: /* queue_opt: PARENT "word"  */
#line 253 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "parent", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 2537 "build2/gen/pf.tab.c"
    break;

  case 85: /* queue_opt: BANDWIDTH bw queue_burst  */
#line 254 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "bandwidth", (yyvsp[-1].item), (yyloc)); }
#line 2543 "build2/gen/pf.tab.c"
    break;

  case 86: /* queue_opt: MINIMUM bw queue_burst  */
#line 255 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "min", (yyvsp[-1].item), (yyloc)); }
#line 2549 "build2/gen/pf.tab.c"
    break;

  case 87: /* queue_opt: MAXIMUM bw queue_burst  */
#line 256 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "max", (yyvsp[-1].item), (yyloc)); }
#line 2555 "build2/gen/pf.tab.c"
    break;

  case 88: /* queue_opt: FLOWS "number"  */
#line 257 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "flows", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yyloc)); }
#line 2561 "build2/gen/pf.tab.c"
    break;

  case 89: /* queue_opt: QUANTUM "number"  */
#line 258 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "quantum", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yyloc)); }
#line 2567 "build2/gen/pf.tab.c"
    break;

  case 90: /* queue_opt: QLIMIT "number"  */
#line 259 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "qlimit", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yyloc)); }
#line 2573 "build2/gen/pf.tab.c"
    break;

  case 91: /* queue_opt: DEFAULT  */
#line 260 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "default", NULL, (yyloc)); }
#line 2579 "build2/gen/pf.tab.c"
    break;

  case 92: /* queue_opt: PRIORITY "number"  */
#line 261 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "priority", NULL, (yyloc)); }
#line 2585 "build2/gen/pf.tab.c"
    break;

  case 93: /* queue_opt: TBRSIZE "number"  */
#line 262 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "tbrsize", NULL, (yyloc)); }
#line 2591 "build2/gen/pf.tab.c"
    break;

  case 95: /* queue_opt: '{' lsep word_list '}'  */
#line 264 "grammar/pf.y"
                                 { pf_queue_opt(ctx, "children", (yyvsp[-1].item), (yyloc)); }
#line 2597 "build2/gen/pf.tab.c"
    break;

  case 99: /* bw: "word"  */
#line 274 "grammar/pf.y"
                                        { (yyval.item) = pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 2603 "build2/gen/pf.tab.c"
    break;

  case 100: /* bw: "number"  */
#line 275 "grammar/pf.y"
                                        { (yyval.item) = pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])); }
#line 2609 "build2/gen/pf.tab.c"
    break;

  case 101: /* scheduler: CBQ sched_args  */
#line 279 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "cbq", (yyvsp[0].item), (yyloc)); }
#line 2615 "build2/gen/pf.tab.c"
    break;

  case 102: /* scheduler: PRIQ sched_args  */
#line 280 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "priq", (yyvsp[0].item), (yyloc)); }
#line 2621 "build2/gen/pf.tab.c"
    break;

  case 103: /* scheduler: HFSC sched_args  */
#line 281 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "hfsc", (yyvsp[0].item), (yyloc)); }
#line 2627 "build2/gen/pf.tab.c"
    break;

  case 104: /* scheduler: FAIRQ sched_args  */
#line 282 "grammar/pf.y"
                                        { pf_queue_opt(ctx, "fairq", (yyvsp[0].item), (yyloc)); }
#line 2633 "build2/gen/pf.tab.c"
    break;

  case 105: /* sched_args: %empty  */
#line 286 "grammar/pf.y"
                                        { (yyval.item) = NULL; }
#line 2639 "build2/gen/pf.tab.c"
    break;

  case 106: /* sched_args: '(' sched_words ')'  */
#line 287 "grammar/pf.y"
                                        { (yyval.item) = (yyvsp[-1].item); }
#line 2645 "build2/gen/pf.tab.c"
    break;

  case 107: /* sched_words: %empty  */
#line 291 "grammar/pf.y"
                                        { (yyval.item) = NULL; }
#line 2651 "build2/gen/pf.tab.c"
    break;

  case 108: /* sched_words: sched_words comma sched_word  */
#line 292 "grammar/pf.y"
                                        { (yyval.item) = pf_item_cat((yyvsp[-2].item), (yyvsp[0].item)); }
#line 2657 "build2/gen/pf.tab.c"
    break;

  case 110: /* sched_word: DEFAULT  */
#line 297 "grammar/pf.y"
                                        { (yyval.item) = pf_item_str(ctx, "default", (yylsp[0])); }
#line 2663 "build2/gen/pf.tab.c"
    break;

  case 111: /* sched_word: '(' arg_words ')'  */
#line 298 "grammar/pf.y"
                                        { (yyval.item) = NULL; (void)(yyvsp[-1].item); }
#line 2669 "build2/gen/pf.tab.c"
    break;

  case 112: /* $@3: %empty  */
#line 302 "grammar/pf.y"
                                        { if (!pf_freebsd_stmt(ctx, "altq on", (yylsp[0]))) YYERROR; }
#line 2675 "build2/gen/pf.tab.c"
    break;

  case 113: /* $@4: %empty  */
#line 303 "grammar/pf.y"
                                        { pf_queue_begin(ctx, NULL, (yylsp[-3])); }
#line 2681 "build2/gen/pf.tab.c"
    break;

  case 114: /* altq: ALTQ $@3 ON if_item $@4 queue_opts altq_queue  */
#line 304 "grammar/pf.y"
                                        { pf_queue_end(ctx, (yyloc)); }
#line 2687 "build2/gen/pf.tab.c"
    break;

  case 119: /* word_list: word_list comma word_item lsep  */
#line 317 "grammar/pf.y"
                                         { (yyval.item) = pf_item_cat((yyvsp[-3].item), (yyvsp[-1].item)); }
#line 2693 "build2/gen/pf.tab.c"
    break;

  case 120: /* word_item: "word"  */
#line 321 "grammar/pf.y"
                                        { (yyval.item) = pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 2699 "build2/gen/pf.tab.c"
    break;

  case 122: /* if_spec: '{' lsep if_list '}'  */
#line 326 "grammar/pf.y"
                                 { (yyval.item) = (yyvsp[-1].item); }
#line 2705 "build2/gen/pf.tab.c"
    break;

  case 124: /* if_list: if_list comma if_item lsep  */
#line 331 "grammar/pf.y"
                                     { (yyval.item) = pf_item_cat((yyvsp[-3].item), (yyvsp[-1].item)); }
#line 2711 "build2/gen/pf.tab.c"
    break;

  case 125: /* if_item: "word"  */
#line 335 "grammar/pf.y"
                                        { (yyval.item) = pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 2717 "build2/gen/pf.tab.c"
    break;

  case 126: /* if_item: '!' "word"  */
#line 336 "grammar/pf.y"
                                        { (yyval.item) = pf_item_neg(pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yylsp[-1])); }
#line 2723 "build2/gen/pf.tab.c"
    break;

  case 127: /* if_item: RDOMAIN "number"  */
#line 337 "grammar/pf.y"
                                        { (yyval.item) = pf_item_num(ctx, (yyvsp[0].num), (yyloc)); (yyval.item)->s2 = "rdomain"; }
#line 2729 "build2/gen/pf.tab.c"
    break;

  case 128: /* if_item: ANY  */
#line 338 "grammar/pf.y"
                                        { (yyval.item) = pf_item_str(ctx, "any", (yylsp[0])); }
#line 2735 "build2/gen/pf.tab.c"
    break;

  case 129: /* host_spec: ANY  */
#line 342 "grammar/pf.y"
                                        { (yyval.host) = pf_host_kind(ctx, PF_ADDR_ANY, (yylsp[0])); }
#line 2741 "build2/gen/pf.tab.c"
    break;

  case 131: /* host_spec: '{' lsep host_list '}'  */
#line 344 "grammar/pf.y"
                                 { (yyval.host) = (yyvsp[-1].host); }
#line 2747 "build2/gen/pf.tab.c"
    break;

  case 132: /* host_list: host_spec lsep  */
#line 350 "grammar/pf.y"
                                        { (yyval.host) = pf_host_list_cat(ctx, NULL, (yyvsp[-1].host)); }
#line 2753 "build2/gen/pf.tab.c"
    break;

  case 133: /* host_list: host_list comma host_spec lsep  */
#line 351 "grammar/pf.y"
                                         { (yyval.host) = pf_host_list_cat(ctx, (yyvsp[-3].host), (yyvsp[-1].host)); }
#line 2759 "build2/gen/pf.tab.c"
    break;

  case 134: /* host_list: host_list WEIGHT "number" lsep  */
#line 352 "grammar/pf.y"
                                        { (yyval.host) = pf_host_weight(ctx, (yyvsp[-3].host), (yyvsp[-1].num), (yylsp[-2])); }
#line 2765 "build2/gen/pf.tab.c"
    break;

  case 136: /* table_host_list: table_host_list comma table_spec lsep  */
#line 358 "grammar/pf.y"
                                                { (yyval.host) = pf_host_cat((yyvsp[-3].host), (yyvsp[-1].host)); }
#line 2771 "build2/gen/pf.tab.c"
    break;

  case 137: /* table_host_list: table_host_list WEIGHT "number" lsep  */
#line 359 "grammar/pf.y"
                                             { (yyval.host) = pf_host_weight(ctx, (yyvsp[-3].host), (yyvsp[-1].num), (yylsp[-2])); }
#line 2777 "build2/gen/pf.tab.c"
    break;

  case 139: /* table_spec: '{' lsep table_host_list '}'  */
#line 364 "grammar/pf.y"
                                        { (yyval.host) = (yyvsp[-1].host); }
#line 2783 "build2/gen/pf.tab.c"
    break;

  case 141: /* xhost: '!' host  */
#line 369 "grammar/pf.y"
                                        { (yyval.host) = pf_host_neg((yyvsp[0].host), (yylsp[-1])); }
#line 2789 "build2/gen/pf.tab.c"
    break;

  case 142: /* xhost: NOROUTE  */
#line 370 "grammar/pf.y"
                                        { (yyval.host) = pf_host_kind(ctx, PF_ADDR_NOROUTE, (yylsp[0])); }
#line 2795 "build2/gen/pf.tab.c"
    break;

  case 143: /* xhost: '!' NOROUTE  */
#line 371 "grammar/pf.y"
                                        { (yyval.host) = pf_host_neg(pf_host_kind(ctx, PF_ADDR_NOROUTE, (yylsp[0])), (yylsp[-1])); }
#line 2801 "build2/gen/pf.tab.c"
    break;

  case 144: /* xhost: URPFFAILED  */
#line 372 "grammar/pf.y"
                                        { (yyval.host) = pf_host_kind(ctx, PF_ADDR_URPF, (yylsp[0])); }
#line 2807 "build2/gen/pf.tab.c"
    break;

  case 145: /* xhost: ROUTE "word"  */
#line 373 "grammar/pf.y"
                                        { (yyval.host) = pf_host_kind(ctx, PF_ADDR_NOROUTE, (yyloc)); (yyval.host)->a.name = (yyvsp[0].str); }
#line 2813 "build2/gen/pf.tab.c"
    break;

  case 146: /* xhost: '!' ROUTE "word"  */
#line 374 "grammar/pf.y"
                                        { (yyval.host) = pf_host_kind(ctx, PF_ADDR_NOROUTE, (yylsp[-1])); (yyval.host)->a.name = (yyvsp[0].str);
					  (yyval.host) = pf_host_neg((yyval.host), (yylsp[-2])); }
#line 2820 "build2/gen/pf.tab.c"
    break;

  case 147: /* xhost: '!' URPFFAILED  */
#line 376 "grammar/pf.y"
                                        { (yyval.host) = pf_host_neg(pf_host_kind(ctx, PF_ADDR_URPF, (yylsp[0])), (yylsp[-1])); }
#line 2826 "build2/gen/pf.tab.c"
    break;

  case 148: /* host: "word"  */
#line 380 "grammar/pf.y"
                                        { (yyval.host) = pf_host_str(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 2832 "build2/gen/pf.tab.c"
    break;

  case 149: /* host: "word" '/' "number"  */
#line 381 "grammar/pf.y"
                                        { (yyval.host) = pf_host_mask(ctx, (yyvsp[-2].str), (yyvsp[0].num), (yyloc)); }
#line 2838 "build2/gen/pf.tab.c"
    break;

  case 150: /* host: "number" '/' "number"  */
#line 382 "grammar/pf.y"
                                        { char b[24]; snprintf(b, sizeof b, "%lld", (yyvsp[-2].num));
					  (yyval.host) = pf_host_mask(ctx, b, (yyvsp[0].num), (yyloc)); }
#line 2845 "build2/gen/pf.tab.c"
    break;

  case 151: /* host: "word" '-' "word"  */
#line 384 "grammar/pf.y"
                                        { (yyval.host) = pf_host_range(ctx, (yyvsp[-2].str), (yyvsp[0].str), (yyloc)); }
#line 2851 "build2/gen/pf.tab.c"
    break;

  case 152: /* host: '<' "word" '>'  */
#line 385 "grammar/pf.y"
                                        { (yyval.host) = pf_host_table(ctx, (yyvsp[-1].str), (yyloc)); }
#line 2857 "build2/gen/pf.tab.c"
    break;

  case 153: /* host: '(' "word" ')'  */
#line 386 "grammar/pf.y"
                                        { (yyval.host) = pf_host_dyn(ctx, (yyvsp[-1].str), -1, (yyloc)); }
#line 2863 "build2/gen/pf.tab.c"
    break;

  case 154: /* host: '(' "word" ')' '/' "number"  */
#line 387 "grammar/pf.y"
                                        { (yyval.host) = pf_host_dyn(ctx, (yyvsp[-3].str), (yyvsp[0].num), (yyloc)); }
#line 2869 "build2/gen/pf.tab.c"
    break;

  case 155: /* host: '(' "word" host ')'  */
#line 388 "grammar/pf.y"
                                        { (yyval.host) = pf_host_route(ctx, (yyvsp[-2].str), (yyvsp[-1].host), (yyloc)); }
#line 2875 "build2/gen/pf.tab.c"
    break;

  case 157: /* port_spec: '{' lsep port_list '}'  */
#line 393 "grammar/pf.y"
                                 { (yyval.port) = (yyvsp[-1].port); }
#line 2881 "build2/gen/pf.tab.c"
    break;

  case 159: /* port_list: port_list comma port_item lsep  */
#line 398 "grammar/pf.y"
                                         { (yyval.port) = pf_port_cat((yyvsp[-3].port), (yyvsp[-1].port)); }
#line 2887 "build2/gen/pf.tab.c"
    break;

  case 160: /* port_item: word  */
#line 402 "grammar/pf.y"
                                        { (yyval.port) = pf_port_item(ctx, PF_OP_NONE, (yyvsp[0].item), NULL, (yyloc)); }
#line 2893 "build2/gen/pf.tab.c"
    break;

  case 161: /* port_item: unaryop word  */
#line 403 "grammar/pf.y"
                                        { (yyval.port) = pf_port_item(ctx, (int)(yyvsp[-1].num), (yyvsp[0].item), NULL, (yyloc)); }
#line 2899 "build2/gen/pf.tab.c"
    break;

  case 162: /* port_item: word "'><' or '<>'" word  */
#line 404 "grammar/pf.y"
                                        { (yyval.port) = pf_port_item(ctx, (int)(yyvsp[-1].num), (yyvsp[-2].item), (yyvsp[0].item), (yyloc)); }
#line 2905 "build2/gen/pf.tab.c"
    break;

  case 163: /* unaryop: '='  */
#line 410 "grammar/pf.y"
                                        { (yyval.num) = PF_OP_EQ; }
#line 2911 "build2/gen/pf.tab.c"
    break;

  case 164: /* unaryop: "'!='"  */
#line 411 "grammar/pf.y"
                                        { (yyval.num) = PF_OP_NE; }
#line 2917 "build2/gen/pf.tab.c"
    break;

  case 165: /* unaryop: "'<='"  */
#line 412 "grammar/pf.y"
                                        { (yyval.num) = PF_OP_LE; }
#line 2923 "build2/gen/pf.tab.c"
    break;

  case 166: /* unaryop: '<'  */
#line 413 "grammar/pf.y"
                                        { (yyval.num) = PF_OP_LT; }
#line 2929 "build2/gen/pf.tab.c"
    break;

  case 167: /* unaryop: "'>='"  */
#line 414 "grammar/pf.y"
                                        { (yyval.num) = PF_OP_GE; }
#line 2935 "build2/gen/pf.tab.c"
    break;

  case 168: /* unaryop: '>'  */
#line 415 "grammar/pf.y"
                                        { (yyval.num) = PF_OP_GT; }
#line 2941 "build2/gen/pf.tab.c"
    break;

  case 170: /* id_spec: '{' lsep id_list '}'  */
#line 420 "grammar/pf.y"
                                 { (yyval.port) = (yyvsp[-1].port); }
#line 2947 "build2/gen/pf.tab.c"
    break;

  case 172: /* id_list: id_list comma id_item lsep  */
#line 425 "grammar/pf.y"
                                     { (yyval.port) = pf_port_cat((yyvsp[-3].port), (yyvsp[-1].port)); }
#line 2953 "build2/gen/pf.tab.c"
    break;

  case 173: /* id_item: word  */
#line 429 "grammar/pf.y"
                                        { (yyval.port) = pf_id_item(ctx, PF_OP_NONE, (yyvsp[0].item), NULL, (yyloc)); }
#line 2959 "build2/gen/pf.tab.c"
    break;

  case 174: /* id_item: unaryop word  */
#line 430 "grammar/pf.y"
                                        { (yyval.port) = pf_id_item(ctx, (int)(yyvsp[-1].num), (yyvsp[0].item), NULL, (yyloc)); }
#line 2965 "build2/gen/pf.tab.c"
    break;

  case 175: /* id_item: word "'><' or '<>'" word  */
#line 431 "grammar/pf.y"
                                        { (yyval.port) = pf_id_item(ctx, (int)(yyvsp[-1].num), (yyvsp[-2].item), (yyvsp[0].item), (yyloc)); }
#line 2971 "build2/gen/pf.tab.c"
    break;

  case 177: /* proto_list: proto_list comma proto_item lsep  */
#line 436 "grammar/pf.y"
                                           { (yyval.item) = pf_item_cat((yyvsp[-3].item), (yyvsp[-1].item)); }
#line 2977 "build2/gen/pf.tab.c"
    break;

  case 180: /* icmp_list: icmp_list comma icmp_item lsep  */
#line 445 "grammar/pf.y"
                                         { (yyval.item) = pf_item_cat((yyvsp[-3].item), (yyvsp[-1].item)); }
#line 2983 "build2/gen/pf.tab.c"
    break;

  case 182: /* icmp_item: word CODE word  */
#line 450 "grammar/pf.y"
                                        { (yyval.item) = (yyvsp[-2].item); (yyval.item)->s2 = (yyvsp[0].item)->s; (yyval.item)->n2 = (yyvsp[0].item)->n; (yyval.item)->has_code = true; }
#line 2989 "build2/gen/pf.tab.c"
    break;

  case 183: /* rule: action rule_head fromto rule_opts  */
#line 457 "grammar/pf.y"
                                            { pf_rule_end(ctx, (yyloc)); }
#line 2995 "build2/gen/pf.tab.c"
    break;

  case 184: /* $@5: %empty  */
#line 458 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_ANCHOR, (yylsp[0])); }
#line 3001 "build2/gen/pf.tab.c"
    break;

  case 186: /* $@6: %empty  */
#line 460 "grammar/pf.y"
                                        { if (!pf_freebsd_stmt(ctx, "scrub", (yylsp[0]))) YYERROR;
					  pf_rule_begin(ctx, PF_SCRUB, (yylsp[0])); }
#line 3008 "build2/gen/pf.tab.c"
    break;

  case 187: /* rule: SCRUB $@6 rule_head fromto scrub_plain  */
#line 462 "grammar/pf.y"
                                        { pf_rule_end(ctx, (yyloc)); }
#line 3014 "build2/gen/pf.tab.c"
    break;

  case 188: /* $@7: %empty  */
#line 463 "grammar/pf.y"
                                        { if (!pf_freebsd_stmt(ctx, "no scrub", (yylsp[-1]))) YYERROR;
					  pf_rule_begin(ctx, PF_NOSCRUB, (yylsp[-1])); }
#line 3021 "build2/gen/pf.tab.c"
    break;

  case 189: /* rule: NO SCRUB $@7 rule_head fromto rule_opts  */
#line 465 "grammar/pf.y"
                                        { pf_rule_end(ctx, (yyloc)); }
#line 3027 "build2/gen/pf.tab.c"
    break;

  case 190: /* rule: xlate_action rule_head fromto rule_opts arrow_opt  */
#line 466 "grammar/pf.y"
                                                            { pf_rule_end(ctx, (yyloc)); }
#line 3033 "build2/gen/pf.tab.c"
    break;

  case 191: /* $@8: %empty  */
#line 467 "grammar/pf.y"
                                        { pf_rule_anchor_name(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 3039 "build2/gen/pf.tab.c"
    break;

  case 192: /* rule: xanchor_action anchorname $@8 rule_head fromto rule_opts  */
#line 468 "grammar/pf.y"
                                        { pf_rule_end(ctx, (yyloc)); }
#line 3045 "build2/gen/pf.tab.c"
    break;

  case 193: /* xlate_action: NAT  */
#line 472 "grammar/pf.y"
                                        { if (!pf_freebsd_stmt(ctx, "nat ... ->", (yylsp[0]))) YYERROR;
					  pf_rule_begin(ctx, PF_NAT, (yylsp[0])); }
#line 3052 "build2/gen/pf.tab.c"
    break;

  case 194: /* xlate_action: NAT PASS  */
#line 474 "grammar/pf.y"
                                        { if (!pf_freebsd_stmt(ctx, "nat pass ... ->", (yylsp[-1]))) YYERROR;
					  pf_rule_begin(ctx, PF_NAT, (yylsp[-1]));
					  pf_rule_xlate_pass(ctx); }
#line 3060 "build2/gen/pf.tab.c"
    break;

  case 195: /* xlate_action: NO NAT  */
#line 477 "grammar/pf.y"
                                        { if (!pf_freebsd_stmt(ctx, "no nat", (yylsp[-1]))) YYERROR;
					  pf_rule_begin(ctx, PF_NONAT, (yylsp[-1])); }
#line 3067 "build2/gen/pf.tab.c"
    break;

  case 196: /* xlate_action: RDR  */
#line 479 "grammar/pf.y"
                                        { if (!pf_freebsd_stmt(ctx, "rdr ... ->", (yylsp[0]))) YYERROR;
					  pf_rule_begin(ctx, PF_RDR, (yylsp[0])); }
#line 3074 "build2/gen/pf.tab.c"
    break;

  case 197: /* xlate_action: RDR PASS  */
#line 481 "grammar/pf.y"
                                        { if (!pf_freebsd_stmt(ctx, "rdr pass ... ->", (yylsp[-1]))) YYERROR;
					  pf_rule_begin(ctx, PF_RDR, (yylsp[-1]));
					  pf_rule_xlate_pass(ctx); }
#line 3082 "build2/gen/pf.tab.c"
    break;

  case 198: /* xlate_action: NO RDR  */
#line 484 "grammar/pf.y"
                                        { if (!pf_freebsd_stmt(ctx, "no rdr", (yylsp[-1]))) YYERROR;
					  pf_rule_begin(ctx, PF_NORDR, (yylsp[-1])); }
#line 3089 "build2/gen/pf.tab.c"
    break;

  case 199: /* xlate_action: BINAT  */
#line 486 "grammar/pf.y"
                                        { if (!pf_freebsd_stmt(ctx, "binat ... ->", (yylsp[0]))) YYERROR;
					  pf_rule_begin(ctx, PF_BINAT, (yylsp[0])); }
#line 3096 "build2/gen/pf.tab.c"
    break;

  case 200: /* xlate_action: BINAT PASS  */
#line 488 "grammar/pf.y"
                                        { if (!pf_freebsd_stmt(ctx, "binat pass ... ->", (yylsp[-1]))) YYERROR;
					  pf_rule_begin(ctx, PF_BINAT, (yylsp[-1]));
					  pf_rule_xlate_pass(ctx); }
#line 3104 "build2/gen/pf.tab.c"
    break;

  case 201: /* xlate_action: NO BINAT  */
#line 491 "grammar/pf.y"
                                        { if (!pf_freebsd_stmt(ctx, "no binat", (yylsp[-1]))) YYERROR;
					  pf_rule_begin(ctx, PF_NOBINAT, (yylsp[-1])); }
#line 3111 "build2/gen/pf.tab.c"
    break;

  case 202: /* xanchor_action: NATANCHOR  */
#line 496 "grammar/pf.y"
                                        { if (!pf_freebsd_stmt(ctx, "nat-anchor", (yylsp[0]))) YYERROR;
					  pf_rule_begin(ctx, PF_NATANCHOR, (yylsp[0])); }
#line 3118 "build2/gen/pf.tab.c"
    break;

  case 203: /* xanchor_action: RDRANCHOR  */
#line 498 "grammar/pf.y"
                                        { if (!pf_freebsd_stmt(ctx, "rdr-anchor", (yylsp[0]))) YYERROR;
					  pf_rule_begin(ctx, PF_RDRANCHOR, (yylsp[0])); }
#line 3125 "build2/gen/pf.tab.c"
    break;

  case 204: /* xanchor_action: BINATANCHOR  */
#line 500 "grammar/pf.y"
                                        { if (!pf_freebsd_stmt(ctx, "binat-anchor", (yylsp[0]))) YYERROR;
					  pf_rule_begin(ctx, PF_BINATANCHOR, (yylsp[0])); }
#line 3132 "build2/gen/pf.tab.c"
    break;

  case 206: /* arrow_opt: "'->'" pool port_opt pool_opts  */
#line 506 "grammar/pf.y"
                                        { pf_rule_arrow(ctx, (yyvsp[-2].host), (yyvsp[-1].port), (yyloc)); }
#line 3138 "build2/gen/pf.tab.c"
    break;

  case 208: /* anchorname_opt: anchorname  */
#line 511 "grammar/pf.y"
                                        { pf_rule_anchor_name(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 3144 "build2/gen/pf.tab.c"
    break;

  case 210: /* anchor_body: %empty  */
#line 519 "grammar/pf.y"
                                        { pf_rule_end(ctx, (yyloc)); }
#line 3150 "build2/gen/pf.tab.c"
    break;

  case 211: /* $@9: %empty  */
#line 520 "grammar/pf.y"
                                        { pf_anchor_open(ctx, (yylsp[0])); }
#line 3156 "build2/gen/pf.tab.c"
    break;

  case 212: /* anchor_body: '{' $@9 "end of line" anchor_lines '}'  */
#line 521 "grammar/pf.y"
                                        { pf_anchor_close(ctx, (yylsp[0])); }
#line 3162 "build2/gen/pf.tab.c"
    break;

  case 215: /* anchor_lines: anchor_lines anchor_stmt "end of line"  */
#line 527 "grammar/pf.y"
                                        { pf_stmt_end(ctx); }
#line 3168 "build2/gen/pf.tab.c"
    break;

  case 216: /* anchor_lines: anchor_lines error "end of line"  */
#line 528 "grammar/pf.y"
                                        { pf_stmt_abort(ctx); yyerrok; }
#line 3174 "build2/gen/pf.tab.c"
    break;

  case 221: /* action: PASS  */
#line 542 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_PASS, (yylsp[0])); }
#line 3180 "build2/gen/pf.tab.c"
    break;

  case 222: /* action: MATCH  */
#line 543 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_MATCH, (yylsp[0])); }
#line 3186 "build2/gen/pf.tab.c"
    break;

  case 223: /* $@10: %empty  */
#line 544 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_BLOCK, (yylsp[0])); }
#line 3192 "build2/gen/pf.tab.c"
    break;

  case 226: /* block_kind: DROP  */
#line 550 "grammar/pf.y"
                                        { pf_rule_block(ctx, PF_BLOCK_DROP, NULL, (yylsp[0])); }
#line 3198 "build2/gen/pf.tab.c"
    break;

  case 227: /* block_kind: RETURN  */
#line 551 "grammar/pf.y"
                                        { pf_rule_block(ctx, PF_BLOCK_RETURN, NULL, (yylsp[0])); }
#line 3204 "build2/gen/pf.tab.c"
    break;

  case 228: /* block_kind: RETURNRST  */
#line 552 "grammar/pf.y"
                                        { pf_rule_block(ctx, PF_BLOCK_RETURN_RST, NULL, (yylsp[0])); }
#line 3210 "build2/gen/pf.tab.c"
    break;

  case 229: /* block_kind: RETURNRST '(' TTL "number" ')'  */
#line 553 "grammar/pf.y"
                                        { pf_rule_block(ctx, PF_BLOCK_RETURN_RST, pf_item_num(ctx, (yyvsp[-1].num), (yylsp[-1])), (yylsp[-4])); }
#line 3216 "build2/gen/pf.tab.c"
    break;

  case 230: /* block_kind: RETURNICMP  */
#line 554 "grammar/pf.y"
                                        { pf_rule_block(ctx, PF_BLOCK_RETURN_ICMP, NULL, (yylsp[0])); }
#line 3222 "build2/gen/pf.tab.c"
    break;

  case 231: /* block_kind: RETURNICMP '(' codes ')'  */
#line 555 "grammar/pf.y"
                                        { pf_rule_block(ctx, PF_BLOCK_RETURN_ICMP, (yyvsp[-1].item), (yylsp[-3])); }
#line 3228 "build2/gen/pf.tab.c"
    break;

  case 232: /* block_kind: RETURNICMP6  */
#line 556 "grammar/pf.y"
                                        { pf_rule_block(ctx, PF_BLOCK_RETURN_ICMP, NULL, (yylsp[0])); }
#line 3234 "build2/gen/pf.tab.c"
    break;

  case 233: /* block_kind: RETURNICMP6 '(' codes ')'  */
#line 557 "grammar/pf.y"
                                        { pf_rule_block(ctx, PF_BLOCK_RETURN_ICMP, (yyvsp[-1].item), (yylsp[-3])); }
#line 3240 "build2/gen/pf.tab.c"
    break;

  case 235: /* codes: word comma word  */
#line 562 "grammar/pf.y"
                                        { (yyval.item) = pf_item_cat((yyvsp[-2].item), (yyvsp[0].item)); }
#line 3246 "build2/gen/pf.tab.c"
    break;

  case 238: /* dir: IN  */
#line 571 "grammar/pf.y"
                                        { pf_rule_dir(ctx, PF_DIR_IN); }
#line 3252 "build2/gen/pf.tab.c"
    break;

  case 239: /* dir: OUT  */
#line 572 "grammar/pf.y"
                                        { pf_rule_dir(ctx, PF_DIR_OUT); }
#line 3258 "build2/gen/pf.tab.c"
    break;

  case 242: /* logquick: QUICK  */
#line 578 "grammar/pf.y"
                                        { pf_rule_quick(ctx, (yylsp[0])); }
#line 3264 "build2/gen/pf.tab.c"
    break;

  case 243: /* logquick: log QUICK  */
#line 579 "grammar/pf.y"
                                        { pf_rule_quick(ctx, (yylsp[0])); }
#line 3270 "build2/gen/pf.tab.c"
    break;

  case 244: /* logquick: QUICK log  */
#line 580 "grammar/pf.y"
                                        { pf_rule_quick(ctx, (yylsp[-1])); }
#line 3276 "build2/gen/pf.tab.c"
    break;

  case 245: /* log: LOG  */
#line 584 "grammar/pf.y"
                                        { pf_rule_log(ctx, (yylsp[0])); }
#line 3282 "build2/gen/pf.tab.c"
    break;

  case 246: /* log: LOG '(' log_opts ')'  */
#line 585 "grammar/pf.y"
                                        { pf_rule_log(ctx, (yylsp[-3])); }
#line 3288 "build2/gen/pf.tab.c"
    break;

  case 252: /* log_opt: TO "word"  */
#line 597 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "log-to", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yylsp[0])); }
#line 3294 "build2/gen/pf.tab.c"
    break;

  case 254: /* on: ON if_item  */
#line 602 "grammar/pf.y"
                                        { pf_rule_on(ctx, (yyvsp[0].item)); }
#line 3300 "build2/gen/pf.tab.c"
    break;

  case 255: /* on: ON '{' lsep if_list '}'  */
#line 603 "grammar/pf.y"
                                  { pf_rule_on(ctx, (yyvsp[-1].item)); }
#line 3306 "build2/gen/pf.tab.c"
    break;

  case 257: /* route: FASTROUTE  */
#line 609 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "fastroute", NULL, (yylsp[0])); }
#line 3312 "build2/gen/pf.tab.c"
    break;

  case 258: /* route: ROUTETO pool pool_opts  */
#line 610 "grammar/pf.y"
                                 { pf_rule_route(ctx, PF_RT_ROUTE_TO, (yyvsp[-1].host), (yylsp[-2])); }
#line 3318 "build2/gen/pf.tab.c"
    break;

  case 259: /* route: REPLYTO pool pool_opts  */
#line 611 "grammar/pf.y"
                                 { pf_rule_route(ctx, PF_RT_REPLY_TO, (yyvsp[-1].host), (yylsp[-2])); }
#line 3324 "build2/gen/pf.tab.c"
    break;

  case 260: /* route: DUPTO pool pool_opts  */
#line 612 "grammar/pf.y"
                               { pf_rule_route(ctx, PF_RT_DUP_TO, (yyvsp[-1].host), (yylsp[-2])); }
#line 3330 "build2/gen/pf.tab.c"
    break;

  case 262: /* af: INET  */
#line 617 "grammar/pf.y"
                                        { pf_rule_af(ctx, 4, (yylsp[0])); }
#line 3336 "build2/gen/pf.tab.c"
    break;

  case 263: /* af: INET6  */
#line 618 "grammar/pf.y"
                                        { pf_rule_af(ctx, 6, (yylsp[0])); }
#line 3342 "build2/gen/pf.tab.c"
    break;

  case 265: /* proto: PROTO proto_item  */
#line 623 "grammar/pf.y"
                                        { pf_rule_proto(ctx, (yyvsp[0].item)); }
#line 3348 "build2/gen/pf.tab.c"
    break;

  case 266: /* proto: PROTO '{' lsep proto_list '}'  */
#line 624 "grammar/pf.y"
                                        { pf_rule_proto(ctx, (yyvsp[-1].item)); }
#line 3354 "build2/gen/pf.tab.c"
    break;

  case 270: /* from: FROM host_spec  */
#line 634 "grammar/pf.y"
                                        { pf_rule_from(ctx, (yyvsp[0].host), NULL); }
#line 3360 "build2/gen/pf.tab.c"
    break;

  case 271: /* from: FROM host_spec PORT port_spec  */
#line 635 "grammar/pf.y"
                                        { pf_rule_from(ctx, (yyvsp[-2].host), (yyvsp[0].port)); }
#line 3366 "build2/gen/pf.tab.c"
    break;

  case 272: /* from: FROM PORT port_spec  */
#line 636 "grammar/pf.y"
                                        { pf_rule_from(ctx, NULL, (yyvsp[0].port)); }
#line 3372 "build2/gen/pf.tab.c"
    break;

  case 274: /* os: OS string  */
#line 641 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "os", NULL, (yylsp[-1])); }
#line 3378 "build2/gen/pf.tab.c"
    break;

  case 275: /* os: OS '{' lsep word_list '}'  */
#line 642 "grammar/pf.y"
                                    { pf_rule_opt(ctx, "os", NULL, (yylsp[-4])); }
#line 3384 "build2/gen/pf.tab.c"
    break;

  case 277: /* to: TO host_spec  */
#line 647 "grammar/pf.y"
                                        { pf_rule_to(ctx, (yyvsp[0].host), NULL); }
#line 3390 "build2/gen/pf.tab.c"
    break;

  case 278: /* to: TO host_spec PORT port_spec  */
#line 648 "grammar/pf.y"
                                        { pf_rule_to(ctx, (yyvsp[-2].host), (yyvsp[0].port)); }
#line 3396 "build2/gen/pf.tab.c"
    break;

  case 279: /* to: TO PORT port_spec  */
#line 649 "grammar/pf.y"
                                        { pf_rule_to(ctx, NULL, (yyvsp[0].port)); }
#line 3402 "build2/gen/pf.tab.c"
    break;

  case 282: /* rule_opt: USER id_spec  */
#line 658 "grammar/pf.y"
                                        { pf_rule_ids(ctx, false, (yyvsp[0].port)); }
#line 3408 "build2/gen/pf.tab.c"
    break;

  case 283: /* rule_opt: GROUP id_spec  */
#line 659 "grammar/pf.y"
                                        { pf_rule_ids(ctx, true, (yyvsp[0].port)); }
#line 3414 "build2/gen/pf.tab.c"
    break;

  case 284: /* rule_opt: FLAGS "word" '/' "word"  */
#line 660 "grammar/pf.y"
                                        { pf_rule_flags(ctx, (yyvsp[-2].str), (yyvsp[0].str), false, (yyloc)); }
#line 3420 "build2/gen/pf.tab.c"
    break;

  case 285: /* rule_opt: FLAGS '/' "word"  */
#line 661 "grammar/pf.y"
                                        { pf_rule_flags(ctx, "", (yyvsp[0].str), false, (yyloc)); }
#line 3426 "build2/gen/pf.tab.c"
    break;

  case 286: /* rule_opt: FLAGS ANY  */
#line 662 "grammar/pf.y"
                                        { pf_rule_flags(ctx, NULL, NULL, true, (yyloc)); }
#line 3432 "build2/gen/pf.tab.c"
    break;

  case 287: /* rule_opt: ICMPTYPE icmp_item  */
#line 663 "grammar/pf.y"
                                        { pf_rule_icmp(ctx, 4, (yyvsp[0].item)); }
#line 3438 "build2/gen/pf.tab.c"
    break;

  case 288: /* rule_opt: ICMPTYPE '{' lsep icmp_list '}'  */
#line 664 "grammar/pf.y"
                                          { pf_rule_icmp(ctx, 4, (yyvsp[-1].item)); }
#line 3444 "build2/gen/pf.tab.c"
    break;

  case 289: /* rule_opt: ICMP6TYPE icmp_item  */
#line 665 "grammar/pf.y"
                                        { pf_rule_icmp(ctx, 6, (yyvsp[0].item)); }
#line 3450 "build2/gen/pf.tab.c"
    break;

  case 290: /* rule_opt: ICMP6TYPE '{' lsep icmp_list '}'  */
#line 666 "grammar/pf.y"
                                           { pf_rule_icmp(ctx, 6, (yyvsp[-1].item)); }
#line 3456 "build2/gen/pf.tab.c"
    break;

  case 291: /* rule_opt: TOS word  */
#line 667 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "tos", (yyvsp[0].item), (yyloc)); }
#line 3462 "build2/gen/pf.tab.c"
    break;

  case 292: /* rule_opt: NO STATE  */
#line 668 "grammar/pf.y"
                                        { pf_rule_state(ctx, PF_STATE_NO, (yyloc)); }
#line 3468 "build2/gen/pf.tab.c"
    break;

  case 293: /* rule_opt: KEEP STATE state_opt_spec  */
#line 669 "grammar/pf.y"
                                        { pf_rule_state(ctx, PF_STATE_KEEP, (yyloc)); }
#line 3474 "build2/gen/pf.tab.c"
    break;

  case 294: /* rule_opt: MODULATE STATE state_opt_spec  */
#line 670 "grammar/pf.y"
                                        { pf_rule_state(ctx, PF_STATE_MODULATE, (yyloc)); }
#line 3480 "build2/gen/pf.tab.c"
    break;

  case 295: /* rule_opt: SYNPROXY STATE state_opt_spec  */
#line 671 "grammar/pf.y"
                                        { pf_rule_state(ctx, PF_STATE_SYNPROXY, (yyloc)); }
#line 3486 "build2/gen/pf.tab.c"
    break;

  case 296: /* rule_opt: FRAGMENT  */
#line 672 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "fragment", NULL, (yyloc)); }
#line 3492 "build2/gen/pf.tab.c"
    break;

  case 297: /* rule_opt: ALLOWOPTS  */
#line 673 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "allow-opts", NULL, (yyloc)); }
#line 3498 "build2/gen/pf.tab.c"
    break;

  case 298: /* rule_opt: LABEL string  */
#line 674 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "label", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 3504 "build2/gen/pf.tab.c"
    break;

  case 299: /* rule_opt: QUEUE "word"  */
#line 675 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "queue", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 3510 "build2/gen/pf.tab.c"
    break;

  case 300: /* rule_opt: QUEUE '(' "word" ')'  */
#line 676 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "queue", pf_item_str(ctx, (yyvsp[-1].str), (yylsp[-1])), (yyloc)); }
#line 3516 "build2/gen/pf.tab.c"
    break;

  case 301: /* rule_opt: QUEUE '(' "word" comma "word" ')'  */
#line 677 "grammar/pf.y"
                                            { pf_rule_opt(ctx, "queue", pf_item_cat(pf_item_str(ctx, (yyvsp[-3].str), (yylsp[-3])), pf_item_str(ctx, (yyvsp[-1].str), (yylsp[-1]))), (yyloc)); }
#line 3522 "build2/gen/pf.tab.c"
    break;

  case 302: /* rule_opt: TAG "word"  */
#line 678 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "tag", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 3528 "build2/gen/pf.tab.c"
    break;

  case 303: /* rule_opt: TAGGED "word"  */
#line 679 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "tagged", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 3534 "build2/gen/pf.tab.c"
    break;

  case 304: /* rule_opt: '!' TAGGED "word"  */
#line 680 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "tagged", pf_item_neg(pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yylsp[-2])), (yyloc)); }
#line 3540 "build2/gen/pf.tab.c"
    break;

  case 305: /* rule_opt: PROBABILITY word  */
#line 681 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "probability", (yyvsp[0].item), (yyloc)); }
#line 3546 "build2/gen/pf.tab.c"
    break;

  case 306: /* rule_opt: RTABLE "number"  */
#line 682 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "rtable", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yyloc)); }
#line 3552 "build2/gen/pf.tab.c"
    break;

  case 307: /* rule_opt: RDOMAIN "number"  */
#line 683 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "rdomain", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yyloc)); }
#line 3558 "build2/gen/pf.tab.c"
    break;

  case 308: /* rule_opt: PRIO "number"  */
#line 684 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "prio", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yyloc)); }
#line 3564 "build2/gen/pf.tab.c"
    break;

  case 311: /* rule_opt: MAXPKTRATE "number" '/' "number"  */
#line 687 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "max-pkt-rate", NULL, (yyloc)); }
#line 3570 "build2/gen/pf.tab.c"
    break;

  case 312: /* rule_opt: RECEIVEDON if_item  */
#line 688 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "received-on", (yyvsp[0].item), (yyloc)); }
#line 3576 "build2/gen/pf.tab.c"
    break;

  case 313: /* rule_opt: '!' RECEIVEDON if_item  */
#line 689 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "received-on", pf_item_neg((yyvsp[0].item), (yylsp[-2])), (yyloc)); }
#line 3582 "build2/gen/pf.tab.c"
    break;

  case 314: /* rule_opt: SCRUB '(' scrub_opts ')'  */
#line 690 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "scrub", NULL, (yyloc)); }
#line 3588 "build2/gen/pf.tab.c"
    break;

  case 315: /* rule_opt: ONCE  */
#line 691 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "once", NULL, (yyloc)); }
#line 3594 "build2/gen/pf.tab.c"
    break;

  case 318: /* rule_opt: NATTO pool port_opt pool_opts  */
#line 694 "grammar/pf.y"
                                        { pf_rule_xlate(ctx, PF_XL_NAT_TO, (yyvsp[-2].host), (yyvsp[-1].port), (yylsp[-3])); }
#line 3600 "build2/gen/pf.tab.c"
    break;

  case 319: /* rule_opt: RDRTO pool port_opt pool_opts  */
#line 695 "grammar/pf.y"
                                        { pf_rule_xlate(ctx, PF_XL_RDR_TO, (yyvsp[-2].host), (yyvsp[-1].port), (yylsp[-3])); }
#line 3606 "build2/gen/pf.tab.c"
    break;

  case 320: /* rule_opt: BINATTO pool port_opt pool_opts  */
#line 696 "grammar/pf.y"
                                          { pf_rule_xlate(ctx, PF_XL_BINAT_TO, (yyvsp[-2].host), (yyvsp[-1].port), (yylsp[-3])); }
#line 3612 "build2/gen/pf.tab.c"
    break;

  case 321: /* rule_opt: AFTO INET FROM pool pool_opts  */
#line 697 "grammar/pf.y"
                                        { pf_rule_afto(ctx, 4, (yyvsp[-1].host), NULL, (yylsp[-4])); }
#line 3618 "build2/gen/pf.tab.c"
    break;

  case 322: /* rule_opt: AFTO INET FROM pool pool_opts TO pool pool_opts  */
#line 698 "grammar/pf.y"
                                                          { pf_rule_afto(ctx, 4, (yyvsp[-4].host), (yyvsp[-1].host), (yylsp[-7])); }
#line 3624 "build2/gen/pf.tab.c"
    break;

  case 323: /* rule_opt: AFTO INET6 FROM pool pool_opts  */
#line 699 "grammar/pf.y"
                                         { pf_rule_afto(ctx, 6, (yyvsp[-1].host), NULL, (yylsp[-4])); }
#line 3630 "build2/gen/pf.tab.c"
    break;

  case 324: /* rule_opt: AFTO INET6 FROM pool pool_opts TO pool pool_opts  */
#line 700 "grammar/pf.y"
                                                           { pf_rule_afto(ctx, 6, (yyvsp[-4].host), (yyvsp[-1].host), (yylsp[-7])); }
#line 3636 "build2/gen/pf.tab.c"
    break;

  case 325: /* rule_opt: AFTO FROM pool pool_opts  */
#line 701 "grammar/pf.y"
                                        { pf_rule_afto(ctx, 0, (yyvsp[-1].host), NULL, (yylsp[-3])); }
#line 3642 "build2/gen/pf.tab.c"
    break;

  case 326: /* rule_opt: AFTO FROM pool pool_opts TO pool pool_opts  */
#line 702 "grammar/pf.y"
                                                     { pf_rule_afto(ctx, 0, (yyvsp[-4].host), (yyvsp[-1].host), (yylsp[-6])); }
#line 3648 "build2/gen/pf.tab.c"
    break;

  case 327: /* rule_opt: ROUTETO pool pool_opts  */
#line 703 "grammar/pf.y"
                                 { pf_rule_route(ctx, PF_RT_ROUTE_TO, (yyvsp[-1].host), (yylsp[-2])); }
#line 3654 "build2/gen/pf.tab.c"
    break;

  case 328: /* rule_opt: REPLYTO pool pool_opts  */
#line 704 "grammar/pf.y"
                                 { pf_rule_route(ctx, PF_RT_REPLY_TO, (yyvsp[-1].host), (yylsp[-2])); }
#line 3660 "build2/gen/pf.tab.c"
    break;

  case 329: /* rule_opt: DUPTO pool pool_opts  */
#line 705 "grammar/pf.y"
                               { pf_rule_route(ctx, PF_RT_DUP_TO, (yyvsp[-1].host), (yylsp[-2])); }
#line 3666 "build2/gen/pf.tab.c"
    break;

  case 330: /* rule_opt: DIVERTTO host PORT port_item  */
#line 706 "grammar/pf.y"
                                        { pf_rule_divert(ctx, "divert-to", (yyvsp[-2].host), (yyvsp[0].port), (yylsp[-3])); }
#line 3672 "build2/gen/pf.tab.c"
    break;

  case 331: /* rule_opt: DIVERTREPLY  */
#line 707 "grammar/pf.y"
                                        { pf_rule_divert(ctx, "divert-reply", NULL, NULL, (yylsp[0])); }
#line 3678 "build2/gen/pf.tab.c"
    break;

  case 332: /* rule_opt: DIVERTPACKET PORT port_item  */
#line 708 "grammar/pf.y"
                                        { pf_rule_divert(ctx, "divert-packet", NULL, (yyvsp[0].port), (yylsp[-2])); }
#line 3684 "build2/gen/pf.tab.c"
    break;

  case 335: /* set_opt: PRIO "number"  */
#line 718 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "set-prio", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yyloc)); }
#line 3690 "build2/gen/pf.tab.c"
    break;

  case 336: /* set_opt: PRIO '(' "number" comma "number" ')'  */
#line 719 "grammar/pf.y"
                                           { pf_rule_opt(ctx, "set-prio", pf_item_cat(pf_item_num(ctx, (yyvsp[-3].num), (yylsp[-3])), pf_item_num(ctx, (yyvsp[-1].num), (yylsp[-1]))), (yyloc)); }
#line 3696 "build2/gen/pf.tab.c"
    break;

  case 337: /* set_opt: QUEUE "word"  */
#line 720 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "queue", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 3702 "build2/gen/pf.tab.c"
    break;

  case 338: /* set_opt: QUEUE '(' "word" comma "word" ')'  */
#line 721 "grammar/pf.y"
                                            { pf_rule_opt(ctx, "queue", pf_item_cat(pf_item_str(ctx, (yyvsp[-3].str), (yylsp[-3])), pf_item_str(ctx, (yyvsp[-1].str), (yylsp[-1]))), (yyloc)); }
#line 3708 "build2/gen/pf.tab.c"
    break;

  case 339: /* set_opt: TOS word  */
#line 722 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "set-tos", (yyvsp[0].item), (yyloc)); }
#line 3714 "build2/gen/pf.tab.c"
    break;

  case 340: /* set_opt: DELAY "number"  */
#line 723 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "delay", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yyloc)); }
#line 3720 "build2/gen/pf.tab.c"
    break;

  case 342: /* port_opt: %empty  */
#line 731 "grammar/pf.y"
                                        { (yyval.port) = NULL; }
#line 3726 "build2/gen/pf.tab.c"
    break;

  case 343: /* port_opt: PORT port_item  */
#line 732 "grammar/pf.y"
                                        { (yyval.port) = (yyvsp[0].port); }
#line 3732 "build2/gen/pf.tab.c"
    break;

  case 346: /* pool_opt: BITMASK  */
#line 741 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "pool", pf_item_str(ctx, "bitmask", (yylsp[0])), (yylsp[0])); }
#line 3738 "build2/gen/pf.tab.c"
    break;

  case 347: /* pool_opt: RANDOM  */
#line 742 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "pool", pf_item_str(ctx, "random", (yylsp[0])), (yylsp[0])); }
#line 3744 "build2/gen/pf.tab.c"
    break;

  case 348: /* pool_opt: SOURCEHASH  */
#line 743 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "pool", pf_item_str(ctx, "source-hash", (yylsp[0])), (yylsp[0])); }
#line 3750 "build2/gen/pf.tab.c"
    break;

  case 349: /* pool_opt: SOURCEHASH "word"  */
#line 744 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "pool", pf_item_cat(pf_item_str(ctx, "source-hash", (yylsp[-1])), pf_item_str(ctx, (yyvsp[0].str), (yylsp[0]))), (yylsp[-1])); }
#line 3756 "build2/gen/pf.tab.c"
    break;

  case 350: /* pool_opt: ROUNDROBIN  */
#line 745 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "pool", pf_item_str(ctx, "round-robin", (yylsp[0])), (yylsp[0])); }
#line 3762 "build2/gen/pf.tab.c"
    break;

  case 351: /* pool_opt: LEASTSTATES  */
#line 746 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "pool", pf_item_str(ctx, "least-states", (yylsp[0])), (yylsp[0])); }
#line 3768 "build2/gen/pf.tab.c"
    break;

  case 352: /* pool_opt: STATICPORT  */
#line 747 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "static-port", NULL, (yylsp[0])); }
#line 3774 "build2/gen/pf.tab.c"
    break;

  case 353: /* pool_opt: STICKYADDRESS  */
#line 748 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "sticky-address", NULL, (yylsp[0])); }
#line 3780 "build2/gen/pf.tab.c"
    break;

  case 355: /* state_opt_spec: '(' state_opt_list ')'  */
#line 753 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "state-opts", NULL, (yyloc)); }
#line 3786 "build2/gen/pf.tab.c"
    break;

  case 358: /* state_opt: MAXIMUM "number"  */
#line 762 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "max", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yyloc)); }
#line 3792 "build2/gen/pf.tab.c"
    break;

  case 359: /* state_opt: NOSYNC  */
#line 763 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "no-sync", NULL, (yyloc)); }
#line 3798 "build2/gen/pf.tab.c"
    break;

  case 360: /* state_opt: MAXSRCSTATES "number"  */
#line 764 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "max-src-states", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yyloc)); }
#line 3804 "build2/gen/pf.tab.c"
    break;

  case 361: /* state_opt: MAXSRCCONN "number"  */
#line 765 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "max-src-conn", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yyloc)); }
#line 3810 "build2/gen/pf.tab.c"
    break;

  case 362: /* state_opt: MAXSRCCONNRATE "number" '/' "number"  */
#line 766 "grammar/pf.y"
                                           { pf_rule_opt(ctx, "max-src-conn-rate", pf_item_cat(pf_item_num(ctx, (yyvsp[-2].num), (yylsp[-2])), pf_item_num(ctx, (yyvsp[0].num), (yylsp[0]))), (yyloc)); }
#line 3816 "build2/gen/pf.tab.c"
    break;

  case 363: /* state_opt: OVERLOAD '<' "word" '>'  */
#line 767 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "overload", pf_item_str(ctx, (yyvsp[-1].str), (yylsp[-1])), (yyloc)); }
#line 3822 "build2/gen/pf.tab.c"
    break;

  case 364: /* state_opt: OVERLOAD '<' "word" '>' FLUSH  */
#line 768 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "overload", pf_item_str(ctx, (yyvsp[-2].str), (yylsp[-2])), (yyloc)); }
#line 3828 "build2/gen/pf.tab.c"
    break;

  case 365: /* state_opt: OVERLOAD '<' "word" '>' FLUSH GLOBAL  */
#line 769 "grammar/pf.y"
                                               { pf_rule_opt(ctx, "overload", pf_item_str(ctx, (yyvsp[-3].str), (yylsp[-3])), (yyloc)); }
#line 3834 "build2/gen/pf.tab.c"
    break;

  case 366: /* state_opt: MAXSRCNODES "number"  */
#line 770 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "max-src-nodes", NULL, (yyloc)); }
#line 3840 "build2/gen/pf.tab.c"
    break;

  case 367: /* state_opt: SOURCETRACK  */
#line 771 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "source-track", NULL, (yyloc)); }
#line 3846 "build2/gen/pf.tab.c"
    break;

  case 368: /* state_opt: SOURCETRACK RULE  */
#line 772 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "source-track", NULL, (yyloc)); }
#line 3852 "build2/gen/pf.tab.c"
    break;

  case 369: /* state_opt: SOURCETRACK GLOBAL  */
#line 773 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "source-track-global", NULL, (yyloc)); }
#line 3858 "build2/gen/pf.tab.c"
    break;

  case 370: /* state_opt: IFBOUND  */
#line 774 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "statelock", NULL, (yyloc)); }
#line 3864 "build2/gen/pf.tab.c"
    break;

  case 371: /* state_opt: FLOATING  */
#line 775 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "statelock", NULL, (yyloc)); }
#line 3870 "build2/gen/pf.tab.c"
    break;

  case 372: /* state_opt: SLOPPY  */
#line 776 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "sloppy", NULL, (yyloc)); }
#line 3876 "build2/gen/pf.tab.c"
    break;

  case 373: /* state_opt: PFLOW  */
#line 777 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "pflow", NULL, (yyloc)); }
#line 3882 "build2/gen/pf.tab.c"
    break;

  case 374: /* state_opt: "word" "number"  */
#line 778 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "timeout", pf_item_str(ctx, (yyvsp[-1].str), (yylsp[-1])), (yyloc)); }
#line 3888 "build2/gen/pf.tab.c"
    break;

  case 377: /* scrub_opt: NODF  */
#line 787 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "no-df", NULL, (yyloc)); }
#line 3894 "build2/gen/pf.tab.c"
    break;

  case 378: /* scrub_opt: MINTTL "number"  */
#line 788 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "min-ttl", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yyloc)); }
#line 3900 "build2/gen/pf.tab.c"
    break;

  case 379: /* scrub_opt: MAXMSS "number"  */
#line 789 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "max-mss", pf_item_num(ctx, (yyvsp[0].num), (yylsp[0])), (yyloc)); }
#line 3906 "build2/gen/pf.tab.c"
    break;

  case 380: /* scrub_opt: SETTOS word  */
#line 790 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "set-tos", (yyvsp[0].item), (yyloc)); }
#line 3912 "build2/gen/pf.tab.c"
    break;

  case 381: /* scrub_opt: REASSEMBLE "word"  */
#line 791 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "reassemble", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yyloc)); }
#line 3918 "build2/gen/pf.tab.c"
    break;

  case 382: /* scrub_opt: RANDOMID  */
#line 792 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "random-id", NULL, (yyloc)); }
#line 3924 "build2/gen/pf.tab.c"
    break;

  case 383: /* scrub_opt: FRAGMENT REASSEMBLE  */
#line 793 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "fragment-reassemble", NULL, (yyloc)); }
#line 3930 "build2/gen/pf.tab.c"
    break;

  case 384: /* scrub_opt: FRAGMENT "word"  */
#line 794 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "fragment-x", NULL, (yyloc)); }
#line 3936 "build2/gen/pf.tab.c"
    break;

  case 387: /* $@11: %empty  */
#line 804 "grammar/pf.y"
                                        { pf_rule_begin(ctx, PF_BLOCK, (yylsp[0])); pf_rule_opt(ctx, "antispoof", NULL, (yylsp[0])); }
#line 3942 "build2/gen/pf.tab.c"
    break;

  case 388: /* $@12: %empty  */
#line 805 "grammar/pf.y"
                                          { pf_rule_antispoof(ctx, (yyvsp[0].item)); }
#line 3948 "build2/gen/pf.tab.c"
    break;

  case 389: /* antispoof: ANTISPOOF $@11 antispoof_opts FOR antispoof_if $@12 af antispoof_tail  */
#line 806 "grammar/pf.y"
                                        { pf_rule_end(ctx, (yyloc)); }
#line 3954 "build2/gen/pf.tab.c"
    break;

  case 391: /* antispoof_if: '{' lsep antispoof_list '}'  */
#line 812 "grammar/pf.y"
                                        { (yyval.item) = (yyvsp[-1].item); }
#line 3960 "build2/gen/pf.tab.c"
    break;

  case 393: /* antispoof_list: antispoof_list comma antispoof_item lsep  */
#line 817 "grammar/pf.y"
                                                   { (yyval.item) = pf_item_cat((yyvsp[-3].item), (yyvsp[-1].item)); }
#line 3966 "build2/gen/pf.tab.c"
    break;

  case 394: /* antispoof_item: "word"  */
#line 821 "grammar/pf.y"
                                        { (yyval.item) = pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 3972 "build2/gen/pf.tab.c"
    break;

  case 395: /* antispoof_item: '(' "word" ')'  */
#line 822 "grammar/pf.y"
                                        { (yyval.item) = pf_item_str(ctx, (yyvsp[-1].str), (yylsp[-1])); (yyval.item)->dynif = true; }
#line 3978 "build2/gen/pf.tab.c"
    break;

  case 398: /* antispoof_opts: QUICK  */
#line 828 "grammar/pf.y"
                                        { pf_rule_quick(ctx, (yylsp[0])); }
#line 3984 "build2/gen/pf.tab.c"
    break;

  case 399: /* antispoof_opts: log QUICK  */
#line 829 "grammar/pf.y"
                                        { pf_rule_quick(ctx, (yylsp[0])); }
#line 3990 "build2/gen/pf.tab.c"
    break;

  case 401: /* antispoof_tail: antispoof_tail LABEL string  */
#line 834 "grammar/pf.y"
                                        { pf_rule_opt(ctx, "label", pf_item_str(ctx, (yyvsp[0].str), (yylsp[0])), (yylsp[-1])); }
#line 3996 "build2/gen/pf.tab.c"
    break;


#line 4000 "build2/gen/pf.tab.c"

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

#line 841 "grammar/pf.y"


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
	const char *text = pfy_get_text(scanner);
	if (tok == YYSYMBOL_YYEOF)
		snprintf(what, sizeof what, "end of file");
	else if (tok == YYSYMBOL_NL)
		snprintf(what, sizeof what, "end of line");
	else if (text[0] && !text[1] && ((unsigned char)text[0] < 0x20 || (unsigned char)text[0] > 0x7e))
		snprintf(what, sizeof what, "byte 0x%02x", (unsigned char)text[0]);
	else
		snprintf(what, sizeof what, "'%.60s'", text);
	len = (size_t)snprintf(buf, sizeof buf, "syntax error, unexpected %s", what);
	/* a keyword as it is written, in quotes */
	char quoted[MAXEXP][64];
	const char *names[MAXEXP];
	for (int i = 0; i < n; i++) {
		const char *kw = pf_keyword_spelling(yysymbol_name(exp[i]));
		names[i] = yysymbol_name(exp[i]);
		if (kw) {
			snprintf(quoted[i], sizeof quoted[i], "'%s'", kw);
			names[i] = quoted[i];
		}
	}
	len = syntax_append_expected(buf, sizeof buf, len, "expected", names, n,
				     SYNTAX_LIST_COMMA_OR);
	srcloc open;
	const srcloc *at = yypcontext_location(yyctx);
	if (len >= sizeof buf)
		;
	else if (tok == YYSYMBOL_YYEOF && pf_scan_open_brace(scanner, 0, &open))
		/* at the end of the file every '{' still open is the fault,
		 * an anchor's too */
		snprintf(buf + len, sizeof buf - len, " (the '{' at %d:%d is never closed)",
			 open.line, open.col);
	else if (n == 0 && tok == YYSYMBOL_NL && pf_scan_last_word(scanner)[0])
		/* too many to list (a port, an address, ...): say where */
		snprintf(buf + len, sizeof buf - len, ", expected more after '%s'",
			 pf_scan_last_word(scanner));
	else if (strcmp(yysymbol_name(tok), "'}'") == 0 && pf_scan_stray_close(scanner))
		snprintf(buf + len, sizeof buf - len, " (no '{' is open)");
	else if (pf_scan_open_brace(scanner, pf_anchor_depth(ctx), &open) && open.line < at->line)
		snprintf(buf + len, sizeof buf - len, " (the '{' at %d:%d is still open)",
			 open.line, open.col);
	pf_error(ctx, *at, "%s", buf);
	return 0;
}
