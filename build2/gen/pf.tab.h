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

#ifndef YY_PFY_BUILD2_GEN_PF_TAB_H_INCLUDED
# define YY_PFY_BUILD2_GEN_PF_TAB_H_INCLUDED
/* Debug traces.  */
#ifndef PFY_DEBUG
# if defined YYDEBUG
#if YYDEBUG
#   define PFY_DEBUG 1
#  else
#   define PFY_DEBUG 0
#  endif
# else /* ! defined YYDEBUG */
#  define PFY_DEBUG 0
# endif /* ! defined YYDEBUG */
#endif  /* ! defined PFY_DEBUG */
#if PFY_DEBUG
extern int pfy_debug;
#endif
/* "%code requires" blocks.  */
#line 25 "grammar/pf.y"

#include "grammar.h"
#include "pf_build.h"

#line 62 "build2/gen/pf.tab.h"

/* Token kinds.  */
#ifndef PFY_TOKENTYPE
# define PFY_TOKENTYPE
  enum pfy_tokentype
  {
    PFY_EMPTY = -2,
    PFY_EOF = 0,                   /* "end of file"  */
    PFY_error = 256,               /* error  */
    PFY_UNDEF = 257,               /* "invalid token"  */
    NL = 258,                      /* "end of line"  */
    STRING = 259,                  /* "word"  */
    NUMBER = 260,                  /* "number"  */
    PORTBINARY = 261,              /* "'><' or '<>'"  */
    ARROW = 262,                   /* "'->'"  */
    LEXERR = 263,                  /* "invalid input"  */
    AFTO = 264,                    /* AFTO  */
    ALL = 265,                     /* ALL  */
    ALLOWOPTS = 266,               /* ALLOWOPTS  */
    ALTQ = 267,                    /* ALTQ  */
    ANCHOR = 268,                  /* ANCHOR  */
    ANTISPOOF = 269,               /* ANTISPOOF  */
    ANY = 270,                     /* ANY  */
    BANDWIDTH = 271,               /* BANDWIDTH  */
    BINAT = 272,                   /* BINAT  */
    BINATANCHOR = 273,             /* BINATANCHOR  */
    BINATTO = 274,                 /* BINATTO  */
    BITMASK = 275,                 /* BITMASK  */
    BLOCK = 276,                   /* BLOCK  */
    BLOCKPOLICY = 277,             /* BLOCKPOLICY  */
    BURST = 278,                   /* BURST  */
    CBQ = 279,                     /* CBQ  */
    CODE = 280,                    /* CODE  */
    CONST = 281,                   /* CONST  */
    COUNTERS = 282,                /* COUNTERS  */
    DEBUG = 283,                   /* DEBUG  */
    DEFAULT = 284,                 /* DEFAULT  */
    DELAY = 285,                   /* DELAY  */
    DIVERTPACKET = 286,            /* DIVERTPACKET  */
    DIVERTREPLY = 287,             /* DIVERTREPLY  */
    DIVERTTO = 288,                /* DIVERTTO  */
    DROP = 289,                    /* DROP  */
    DUPTO = 290,                   /* DUPTO  */
    FAIRQ = 291,                   /* FAIRQ  */
    FASTROUTE = 292,               /* FASTROUTE  */
    FILENAME = 293,                /* FILENAME  */
    FINGERPRINTS = 294,            /* FINGERPRINTS  */
    FLAGS = 295,                   /* FLAGS  */
    FLOATING = 296,                /* FLOATING  */
    FLOWS = 297,                   /* FLOWS  */
    FLUSH = 298,                   /* FLUSH  */
    FOR = 299,                     /* FOR  */
    FRAGMENT = 300,                /* FRAGMENT  */
    FROM = 301,                    /* FROM  */
    GLOBAL = 302,                  /* GLOBAL  */
    GROUP = 303,                   /* GROUP  */
    HFSC = 304,                    /* HFSC  */
    HOSTID = 305,                  /* HOSTID  */
    ICMPTYPE = 306,                /* ICMPTYPE  */
    ICMP6TYPE = 307,               /* ICMP6TYPE  */
    IFBOUND = 308,                 /* IFBOUND  */
    IN = 309,                      /* IN  */
    INCLUDE = 310,                 /* INCLUDE  */
    INET = 311,                    /* INET  */
    INET6 = 312,                   /* INET6  */
    KEEP = 313,                    /* KEEP  */
    LABEL = 314,                   /* LABEL  */
    LEASTSTATES = 315,             /* LEASTSTATES  */
    LIMIT = 316,                   /* LIMIT  */
    LOAD = 317,                    /* LOAD  */
    LOG = 318,                     /* LOG  */
    LOGINTERFACE = 319,            /* LOGINTERFACE  */
    MATCH = 320,                   /* MATCH  */
    MATCHES = 321,                 /* MATCHES  */
    MAXIMUM = 322,                 /* MAXIMUM  */
    MAXMSS = 323,                  /* MAXMSS  */
    MAXPKTRATE = 324,              /* MAXPKTRATE  */
    MAXSRCCONN = 325,              /* MAXSRCCONN  */
    MAXSRCCONNRATE = 326,          /* MAXSRCCONNRATE  */
    MAXSRCNODES = 327,             /* MAXSRCNODES  */
    MAXSRCSTATES = 328,            /* MAXSRCSTATES  */
    MINIMUM = 329,                 /* MINIMUM  */
    MINTTL = 330,                  /* MINTTL  */
    MODULATE = 331,                /* MODULATE  */
    NAT = 332,                     /* NAT  */
    NATANCHOR = 333,               /* NATANCHOR  */
    NATTO = 334,                   /* NATTO  */
    NO = 335,                      /* NO  */
    NODF = 336,                    /* NODF  */
    NOROUTE = 337,                 /* NOROUTE  */
    NOSYNC = 338,                  /* NOSYNC  */
    ON = 339,                      /* ON  */
    OPTIMIZATION = 340,            /* OPTIMIZATION  */
    OS = 341,                      /* OS  */
    OUT = 342,                     /* OUT  */
    OVERLOAD = 343,                /* OVERLOAD  */
    PARENT = 344,                  /* PARENT  */
    PASS = 345,                    /* PASS  */
    PERSIST = 346,                 /* PERSIST  */
    PFLOW = 347,                   /* PFLOW  */
    PORT = 348,                    /* PORT  */
    PRIO = 349,                    /* PRIO  */
    PRIORITY = 350,                /* PRIORITY  */
    PRIQ = 351,                    /* PRIQ  */
    PROBABILITY = 352,             /* PROBABILITY  */
    PROTO = 353,                   /* PROTO  */
    QLIMIT = 354,                  /* QLIMIT  */
    QUANTUM = 355,                 /* QUANTUM  */
    QUEUE = 356,                   /* QUEUE  */
    QUICK = 357,                   /* QUICK  */
    RANDOM = 358,                  /* RANDOM  */
    RANDOMID = 359,                /* RANDOMID  */
    RDOMAIN = 360,                 /* RDOMAIN  */
    RDR = 361,                     /* RDR  */
    RDRANCHOR = 362,               /* RDRANCHOR  */
    RDRTO = 363,                   /* RDRTO  */
    REASSEMBLE = 364,              /* REASSEMBLE  */
    RECEIVEDON = 365,              /* RECEIVEDON  */
    REPLYTO = 366,                 /* REPLYTO  */
    REQUIREORDER = 367,            /* REQUIREORDER  */
    RETURN = 368,                  /* RETURN  */
    RETURNICMP = 369,              /* RETURNICMP  */
    RETURNICMP6 = 370,             /* RETURNICMP6  */
    RETURNRST = 371,               /* RETURNRST  */
    ROUNDROBIN = 372,              /* ROUNDROBIN  */
    ROUTETO = 373,                 /* ROUTETO  */
    RTABLE = 374,                  /* RTABLE  */
    RULE = 375,                    /* RULE  */
    RULESETOPTIMIZATION = 376,     /* RULESETOPTIMIZATION  */
    SCRUB = 377,                   /* SCRUB  */
    SET = 378,                     /* SET  */
    SETTOS = 379,                  /* SETTOS  */
    SKIP = 380,                    /* SKIP  */
    SLOPPY = 381,                  /* SLOPPY  */
    SOURCEHASH = 382,              /* SOURCEHASH  */
    SOURCETRACK = 383,             /* SOURCETRACK  */
    STATE = 384,                   /* STATE  */
    STATEDEFAULTS = 385,           /* STATEDEFAULTS  */
    STATEPOLICY = 386,             /* STATEPOLICY  */
    STATICPORT = 387,              /* STATICPORT  */
    STICKYADDRESS = 388,           /* STICKYADDRESS  */
    SYNCOOKIES = 389,              /* SYNCOOKIES  */
    SYNPROXY = 390,                /* SYNPROXY  */
    TABLE = 391,                   /* TABLE  */
    TAG = 392,                     /* TAG  */
    TAGGED = 393,                  /* TAGGED  */
    TBRSIZE = 394,                 /* TBRSIZE  */
    TIMEOUT = 395,                 /* TIMEOUT  */
    TO = 396,                      /* TO  */
    TOS = 397,                     /* TOS  */
    TTL = 398,                     /* TTL  */
    URPFFAILED = 399,              /* URPFFAILED  */
    USER = 400,                    /* USER  */
    ONCE = 401,                    /* ONCE  */
    ROUTE = 402,                   /* ROUTE  */
    NE = 403,                      /* "'!='"  */
    LE = 404,                      /* "'<='"  */
    GE = 405,                      /* "'>='"  */
    RIDENTIFIER = 406,             /* RIDENTIFIER  */
    TRACKER = 407,                 /* TRACKER  */
    WEIGHT = 408,                  /* WEIGHT  */
    LOWPREC = 409                  /* LOWPREC  */
  };
  typedef enum pfy_tokentype pfy_token_kind_t;
#endif

/* Value type.  */
#if ! defined PFY_STYPE && ! defined PFY_STYPE_IS_DECLARED
union PFY_STYPE
{
#line 47 "grammar/pf.y"

	char *str;
	long long num;
	pf_item *item;
	pf_hnode *host;
	pf_pnode *port;

#line 241 "build2/gen/pf.tab.h"

};
typedef union PFY_STYPE PFY_STYPE;
# define PFY_STYPE_IS_TRIVIAL 1
# define PFY_STYPE_IS_DECLARED 1
#endif

/* Location type.  */
typedef srcloc PFY_LTYPE;




int pfy_parse (yyscan_t scanner, struct pf_ctx *ctx);

/* "%code provides" blocks.  */
#line 30 "grammar/pf.y"

int pfy_lex(PFY_STYPE *yylval, srcloc *yylloc, yyscan_t scanner);

#line 262 "build2/gen/pf.tab.h"

#endif /* !YY_PFY_BUILD2_GEN_PF_TAB_H_INCLUDED  */
