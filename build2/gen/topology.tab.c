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
#define YYSTYPE         TOPOLOGY_STYPE
#define YYLTYPE         TOPOLOGY_LTYPE
/* Substitute the variable and function names.  */
#define yyparse         topology_parse
#define yylex           topology_lex
#define yyerror         topology_error
#define yydebug         topology_debug
#define yynerrs         topology_nerrs


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

#include "topology.tab.h"
/* Symbol kind.  */
enum yysymbol_kind_t
{
  YYSYMBOL_YYEMPTY = -2,
  YYSYMBOL_YYEOF = 0,                      /* "end of file"  */
  YYSYMBOL_YYerror = 1,                    /* error  */
  YYSYMBOL_YYUNDEF = 2,                    /* "invalid token"  */
  YYSYMBOL_EXCHANGE = 3,                   /* "exchange"  */
  YYSYMBOL_RULESET = 4,                    /* "ruleset"  */
  YYSYMBOL_ZONE = 5,                       /* "zone"  */
  YYSYMBOL_SITE = 6,                       /* "site"  */
  YYSYMBOL_SERVER = 7,                     /* "server"  */
  YYSYMBOL_CLIENTS = 8,                    /* "clients"  */
  YYSYMBOL_SMTP = 9,                       /* "smtp"  */
  YYSYMBOL_CONNECTOR = 10,                 /* "connector"  */
  YYSYMBOL_VIA = 11,                       /* "via"  */
  YYSYMBOL_FROM = 12,                      /* "from"  */
  YYSYMBOL_TO = 13,                        /* "to"  */
  YYSYMBOL_ANY = 14,                       /* "any"  */
  YYSYMBOL_FIREWALL = 15,                  /* "firewall"  */
  YYSYMBOL_FILE_ = 16,                     /* "file"  */
  YYSYMBOL_FORMAT = 17,                    /* "format"  */
  YYSYMBOL_HOST = 18,                      /* "host"  */
  YYSYMBOL_INTERFACE = 19,                 /* "interface"  */
  YYSYMBOL_ACL_IN = 20,                    /* "acl-in"  */
  YYSYMBOL_ACL_OUT = 21,                   /* "acl-out"  */
  YYSYMBOL_NEED = 22,                      /* "need"  */
  YYSYMBOL_PORT = 23,                      /* "port"  */
  YYSYMBOL_SINCE = 24,                     /* "since"  */
  YYSYMBOL_KB = 25,                        /* "kb"  */
  YYSYMBOL_REGISTRY = 26,                  /* "registry"  */
  YYSYMBOL_DYNAMIC = 27,                   /* "dynamic"  */
  YYSYMBOL_DEFAULT = 28,                   /* "default"  */
  YYSYMBOL_REVERSE = 29,                   /* "reverse"  */
  YYSYMBOL_TCP = 30,                       /* "tcp"  */
  YYSYMBOL_UDP = 31,                       /* "udp"  */
  YYSYMBOL_NAME = 32,                      /* "name"  */
  YYSYMBOL_STRING = 33,                    /* "string"  */
  YYSYMBOL_NUM = 34,                       /* "number"  */
  YYSYMBOL_VERNUM = 35,                    /* "version"  */
  YYSYMBOL_ADDR = 36,                      /* "address"  */
  YYSYMBOL_RAWNAME = 37,                   /* "interface name"  */
  YYSYMBOL_38_ = 38,                       /* ';'  */
  YYSYMBOL_39_ = 39,                       /* '}'  */
  YYSYMBOL_40_ = 40,                       /* ','  */
  YYSYMBOL_41_ = 41,                       /* '{'  */
  YYSYMBOL_YYACCEPT = 42,                  /* $accept  */
  YYSYMBOL_file = 43,                      /* file  */
  YYSYMBOL_stmt = 44,                      /* stmt  */
  YYSYMBOL_version = 45,                   /* version  */
  YYSYMBOL_addr_list = 46,                 /* addr_list  */
  YYSYMBOL_addr = 47,                      /* addr  */
  YYSYMBOL_ep_list = 48,                   /* ep_list  */
  YYSYMBOL_site_pair = 49,                 /* site_pair  */
  YYSYMBOL_opt_variant = 50,               /* opt_variant  */
  YYSYMBOL_site_head = 51,                 /* site_head  */
  YYSYMBOL_site_body = 52,                 /* site_body  */
  YYSYMBOL_server = 53,                    /* server  */
  YYSYMBOL_server_head = 54,               /* server_head  */
  YYSYMBOL_server_body = 55,               /* server_body  */
  YYSYMBOL_fw_head = 56,                   /* fw_head  */
  YYSYMBOL_fw_body = 57,                   /* fw_body  */
  YYSYMBOL_fw_item = 58,                   /* fw_item  */
  YYSYMBOL_opt_format = 59,                /* opt_format  */
  YYSYMBOL_iface_head = 60,                /* iface_head  */
  YYSYMBOL_iface_opts = 61,                /* iface_opts  */
  YYSYMBOL_host_list = 62,                 /* host_list  */
  YYSYMBOL_scenario = 63,                  /* scenario  */
  YYSYMBOL_opt_reverse = 64,               /* opt_reverse  */
  YYSYMBOL_proto = 65,                     /* proto  */
  YYSYMBOL_port_ref = 66,                  /* port_ref  */
  YYSYMBOL_opt_since = 67,                 /* opt_since  */
  YYSYMBOL_port_head = 68,                 /* port_head  */
  YYSYMBOL_port_attrs = 69                 /* port_attrs  */
};
typedef enum yysymbol_kind_t yysymbol_kind_t;



/* Unqualified %code blocks.  */
#line 26 "grammar/topology.y"

#include <stdlib.h>

#include "topology.lex.h"

static void topology_error(const srcloc *loc, yyscan_t scanner,
			   topo_build *b, const char *msg)
{
	(void)scanner;
	tb_syntax_error(b, loc, msg);
}

#line 193 "build2/gen/topology.tab.c"

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
typedef yytype_uint8 yy_state_t;

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
         || (defined TOPOLOGY_LTYPE_IS_TRIVIAL && TOPOLOGY_LTYPE_IS_TRIVIAL \
             && defined TOPOLOGY_STYPE_IS_TRIVIAL && TOPOLOGY_STYPE_IS_TRIVIAL)))

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
#define YYLAST   128

/* YYNTOKENS -- Number of terminals.  */
#define YYNTOKENS  42
/* YYNNTS -- Number of nonterminals.  */
#define YYNNTS  28
/* YYNRULES -- Number of rules.  */
#define YYNRULES  74
/* YYNSTATES -- Number of states.  */
#define YYNSTATES  151

/* YYMAXUTOK -- Last valid token kind.  */
#define YYMAXUTOK   292


/* YYTRANSLATE(TOKEN-NUM) -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex, with out-of-bounds checking.  */
#define YYTRANSLATE(YYX)                                \
  (0 <= (YYX) && (YYX) <= YYMAXUTOK                     \
   ? YY_CAST (yysymbol_kind_t, yytranslate[YYX])        \
   : YYSYMBOL_YYUNDEF)

/* YYTRANSLATE[TOKEN-NUM] -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex.  */
static const yytype_int8 yytranslate[] =
{
       0,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,    40,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,    38,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,    41,     2,    39,     2,     2,     2,     2,
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
      35,    36,    37
};

#if TOPOLOGY_DEBUG
/* YYRLINE[YYN] -- Source line where rule number YYN was defined.  */
static const yytype_uint8 yyrline[] =
{
       0,    70,    70,    71,    75,    76,    77,    78,    79,    81,
      83,    84,    86,    87,    89,    90,    91,    95,    96,   100,
     101,   102,   106,   107,   111,   112,   116,   120,   121,   128,
     132,   133,   134,   138,   139,   143,   147,   148,   149,   151,
     157,   161,   162,   166,   167,   168,   169,   173,   174,   178,
     182,   183,   184,   185,   189,   190,   197,   198,   199,   200,
     204,   205,   209,   210,   214,   215,   219,   220,   225,   229,
     230,   231,   232,   233,   234
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
  "end of file", "error", "invalid token", "exchange", "ruleset", "zone",
  "site", "server", "clients", "smtp", "connector", "via", "from", "to",
  "any", "firewall", "file", "format", "host", "interface", "acl-in",
  "acl-out", "need", "port", "since", "kb", "registry", "dynamic",
  "default", "reverse", "tcp", "udp", "name", "string", "number",
  "version", "address", "interface name", "';'", "'}'", "','", "'{'",
  "$accept", "file", "stmt", "version", "addr_list", "addr", "ep_list",
  "site_pair", "opt_variant", "site_head", "site_body", "server",
  "server_head", "server_body", "fw_head", "fw_body", "fw_item",
  "opt_format", "iface_head", "iface_opts", "host_list", "scenario",
  "opt_reverse", "proto", "port_ref", "opt_since", "port_head",
  "port_attrs", YY_NULLPTR
  };
  return yy_sname[yysymbol];
}
#endif

#define YYPACT_NINF (-76)

#define yypact_value_is_default(Yyn) \
  ((Yyn) == YYPACT_NINF)

#define YYTABLE_NINF (-1)

#define yytable_value_is_error(Yyn) \
  0

/* YYPACT[STATE-NUM] -- Index in YYTABLE of the portion describing
   STATE-NUM.  */
static const yytype_int8 yypact[] =
{
     -76,    44,   -76,   -12,   -19,    -3,    14,    19,    28,    36,
      40,    41,     5,    48,   -76,   -76,   -76,   -76,   -76,   -76,
      49,    45,    46,    -8,    47,    50,    21,    53,    51,    54,
      55,    57,   -76,    50,   -76,     2,     1,    37,   -76,   -76,
     -76,   -76,   -76,   -16,   -76,   -76,   -76,    78,    59,    61,
      -7,   -76,   -76,   -76,   -76,    65,    58,    63,   -76,   -76,
     -20,    60,    64,    67,    66,   -76,   -76,   -76,   -19,    68,
      69,   -76,    70,   -76,   -76,    -4,    59,   -76,    -6,   -76,
      53,   -76,   -76,     8,   -76,    71,   -76,   -76,   -76,    84,
      72,   100,    -9,   -76,   -76,    73,   -76,   -76,   -76,    -5,
      59,    76,    74,   -76,   -76,    23,   -76,     4,    77,    75,
     -76,    79,    80,    81,    83,   -76,   -76,    59,    18,   -76,
     -76,   -76,   -76,    82,    85,    35,   -76,   -76,   -76,   -76,
     -76,   -76,   -76,    86,    38,   -76,    90,   -76,    87,   104,
      88,   -76,   -19,    89,   -76,    59,   -76,   -76,   -76,    39,
     -76
};

/* YYDEFACT[STATE-NUM] -- Default reduction number in state STATE-NUM.
   Performed when YYTABLE does not specify something else to do.  Zero
   means the default is an error.  */
static const yytype_int8 yydefact[] =
{
       2,     0,     1,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     3,    30,    41,    69,    15,    16,
      17,     0,     0,     0,     0,    27,     0,     0,     0,     0,
       0,     0,    59,    27,    68,     0,     0,     0,    18,     4,
       5,    23,    22,     0,    19,    29,    28,     0,     0,     0,
       0,    40,    56,    57,    58,    60,     0,     0,     7,    31,
       0,     0,     0,     0,     0,    12,    42,    50,     0,     0,
       0,    70,     0,    14,     6,     0,     0,    24,     0,    26,
       0,    10,    61,     0,    32,     0,    33,    36,    46,    47,
       0,     0,     0,    72,    73,     0,    71,    21,    20,     0,
       0,     0,     0,    62,    63,     0,    35,     0,     0,     0,
      45,     0,     0,     0,     0,    44,    74,     0,     0,    25,
      11,    65,    64,     0,     0,     0,    34,    48,    43,    49,
      51,    52,    54,    53,     0,     9,    66,    39,     0,     0,
       0,     8,     0,     0,    37,     0,    55,    67,    13,     0,
      38
};

/* YYPGOTO[NTERM-NUM].  */
static const yytype_int8 yypgoto[] =
{
     -76,   -76,   -76,   -68,   -76,   -76,   -75,    42,    95,   -76,
     -76,   -76,   -76,   -76,   -76,   -76,   -76,   -76,   -76,   -76,
     -76,   -76,   -76,   -76,   -76,   -76,   -76,   -76
};

/* YYDEFGOTO[NTERM-NUM].  */
static const yytype_uint8 yydefgoto[] =
{
       0,     1,    14,    21,    43,    44,    78,    50,    47,    15,
      35,    59,    60,   107,    16,    36,    66,   109,    67,    92,
     133,    33,    83,   105,   123,   143,    17,    37
};

/* YYTABLE[YYPACT[STATE-NUM]] -- What to do in state STATE-NUM.  If
   positive, shift that token.  If negative, reduce the rule whose
   number is the opposite.  If YYTABLE_NINF, syntax error.  */
static const yytype_uint8 yytable[] =
{
      93,    99,    61,    56,    80,   124,    41,   100,   117,    57,
      97,   112,   113,    29,    30,    31,    20,    62,    86,    63,
      64,    87,    74,   114,    75,   118,    18,    19,    42,   115,
      22,    81,    98,    48,   101,   101,   125,    32,   103,   104,
      65,    58,   134,   126,     2,     3,    23,     4,     5,     6,
       7,    24,     8,     9,    10,   121,   135,   122,   101,    11,
      25,    68,    69,    70,    71,    72,    12,    13,    26,   138,
     149,   139,    27,    28,   147,    73,   141,   150,   101,   101,
      34,    38,    46,    39,    40,    49,    52,    53,    45,    54,
      76,    77,    51,    79,    82,    85,    84,    89,    88,    90,
      94,   108,    95,    91,    96,   111,   116,   106,   119,   127,
     110,   129,   120,   128,   142,   136,   145,   130,   131,   132,
       0,     0,   102,   137,   146,   144,   140,   148,    55
};

static const yytype_int16 yycheck[] =
{
      68,    76,     1,     1,    11,     1,    14,    13,    13,     7,
      14,    20,    21,     8,     9,    10,    35,    16,    38,    18,
      19,    41,    38,    32,    40,   100,    38,    39,    36,    38,
      33,    38,    36,    12,    40,    40,    32,    32,    30,    31,
      39,    39,   117,    39,     0,     1,    32,     3,     4,     5,
       6,    32,     8,     9,    10,    32,    38,    34,    40,    15,
      32,    24,    25,    26,    27,    28,    22,    23,    32,    34,
     145,    36,    32,    32,   142,    38,    38,    38,    40,    40,
      32,    32,    32,    38,    38,    32,    32,    32,    41,    32,
      12,    32,    41,    32,    29,    32,    38,    33,    38,    32,
      32,    17,    33,    37,    34,     5,    33,    36,    32,    32,
      38,    32,    38,    38,    24,    33,    12,    37,    37,    36,
      -1,    -1,    80,    38,    36,    38,    40,    38,    33
};

/* YYSTOS[STATE-NUM] -- The symbol kind of the accessing symbol of
   state STATE-NUM.  */
static const yytype_int8 yystos[] =
{
       0,    43,     0,     1,     3,     4,     5,     6,     8,     9,
      10,    15,    22,    23,    44,    51,    56,    68,    38,    39,
      35,    45,    33,    32,    32,    32,    32,    32,    32,     8,
       9,    10,    32,    63,    32,    52,    57,    69,    32,    38,
      38,    14,    36,    46,    47,    41,    32,    50,    12,    32,
      49,    41,    32,    32,    32,    50,     1,     7,    39,    53,
      54,     1,    16,    18,    19,    39,    58,    60,    24,    25,
      26,    27,    28,    38,    38,    40,    12,    32,    48,    32,
      11,    38,    29,    64,    38,    32,    38,    41,    38,    33,
      32,    37,    61,    45,    32,    33,    34,    14,    36,    48,
      13,    40,    49,    30,    31,    65,    36,    55,    17,    59,
      38,     5,    20,    21,    32,    38,    33,    13,    48,    32,
      38,    32,    34,    66,     1,    32,    39,    32,    38,    32,
      37,    37,    36,    62,    48,    38,    33,    38,    34,    36,
      40,    38,    24,    67,    38,    12,    36,    45,    38,    48,
      38
};

/* YYR1[RULE-NUM] -- Symbol kind of the left-hand side of rule RULE-NUM.  */
static const yytype_int8 yyr1[] =
{
       0,    42,    43,    43,    44,    44,    44,    44,    44,    44,
      44,    44,    44,    44,    44,    44,    44,    45,    45,    46,
      46,    46,    47,    47,    48,    48,    49,    50,    50,    51,
      52,    52,    52,    53,    53,    54,    55,    55,    55,    55,
      56,    57,    57,    58,    58,    58,    58,    59,    59,    60,
      61,    61,    61,    61,    62,    62,    63,    63,    63,    63,
      64,    64,    65,    65,    66,    66,    67,    67,    68,    69,
      69,    69,    69,    69,    69
};

/* YYR2[RULE-NUM] -- Number of symbols on the right-hand side of rule RULE-NUM.  */
static const yytype_int8 yyr2[] =
{
       0,     2,     0,     2,     3,     3,     4,     3,     8,     7,
       4,     6,     3,     9,     3,     2,     2,     1,     2,     1,
       3,     3,     1,     1,     1,     3,     2,     0,     1,     3,
       0,     2,     3,     2,     4,     3,     0,     4,     6,     3,
       3,     0,     2,     4,     3,     3,     2,     0,     2,     4,
       0,     3,     3,     3,     1,     3,     2,     2,     2,     1,
       0,     1,     1,     1,     1,     1,     0,     2,     2,     0,
       2,     3,     3,     3,     4
};


enum { YYENOMEM = -2 };

#define yyerrok         (yyerrstatus = 0)
#define yyclearin       (yychar = TOPOLOGY_EMPTY)

#define YYACCEPT        goto yyacceptlab
#define YYABORT         goto yyabortlab
#define YYERROR         goto yyerrorlab
#define YYNOMEM         goto yyexhaustedlab


#define YYRECOVERING()  (!!yyerrstatus)

#define YYBACKUP(Token, Value)                                    \
  do                                                              \
    if (yychar == TOPOLOGY_EMPTY)                                        \
      {                                                           \
        yychar = (Token);                                         \
        yylval = (Value);                                         \
        YYPOPSTACK (yylen);                                       \
        yystate = *yyssp;                                         \
        goto yybackup;                                            \
      }                                                           \
    else                                                          \
      {                                                           \
        yyerror (&yylloc, scanner, b, YY_("syntax error: cannot back up")); \
        YYERROR;                                                  \
      }                                                           \
  while (0)

/* Backward compatibility with an undocumented macro.
   Use TOPOLOGY_error or TOPOLOGY_UNDEF. */
#define YYERRCODE TOPOLOGY_UNDEF

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
#if TOPOLOGY_DEBUG

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

#  elif defined TOPOLOGY_LTYPE_IS_TRIVIAL && TOPOLOGY_LTYPE_IS_TRIVIAL

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
                  Kind, Value, Location, scanner, b); \
      YYFPRINTF (stderr, "\n");                                           \
    }                                                                     \
} while (0)


/*-----------------------------------.
| Print this symbol's value on YYO.  |
`-----------------------------------*/

static void
yy_symbol_value_print (FILE *yyo,
                       yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, yyscan_t scanner, topo_build *b)
{
  FILE *yyoutput = yyo;
  YY_USE (yyoutput);
  YY_USE (yylocationp);
  YY_USE (scanner);
  YY_USE (b);
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
                 yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, yyscan_t scanner, topo_build *b)
{
  YYFPRINTF (yyo, "%s %s (",
             yykind < YYNTOKENS ? "token" : "nterm", yysymbol_name (yykind));

  YYLOCATION_PRINT (yyo, yylocationp);
  YYFPRINTF (yyo, ": ");
  yy_symbol_value_print (yyo, yykind, yyvaluep, yylocationp, scanner, b);
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
                 int yyrule, yyscan_t scanner, topo_build *b)
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
                       &(yylsp[(yyi + 1) - (yynrhs)]), scanner, b);
      YYFPRINTF (stderr, "\n");
    }
}

# define YY_REDUCE_PRINT(Rule)          \
do {                                    \
  if (yydebug)                          \
    yy_reduce_print (yyssp, yyvsp, yylsp, Rule, scanner, b); \
} while (0)

/* Nonzero means print parse trace.  It is left uninitialized so that
   multiple parsers can coexist.  */
int yydebug;
#else /* !TOPOLOGY_DEBUG */
# define YYDPRINTF(Args) ((void) 0)
# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)
# define YY_STACK_PRINT(Bottom, Top)
# define YY_REDUCE_PRINT(Rule)
#endif /* !TOPOLOGY_DEBUG */


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
yyreport_syntax_error (const yypcontext_t *yyctx, yyscan_t scanner, topo_build *b);

/*-----------------------------------------------.
| Release the memory associated to this symbol.  |
`-----------------------------------------------*/

static void
yydestruct (const char *yymsg,
            yysymbol_kind_t yykind, YYSTYPE *yyvaluep, YYLTYPE *yylocationp, yyscan_t scanner, topo_build *b)
{
  YY_USE (yyvaluep);
  YY_USE (yylocationp);
  YY_USE (scanner);
  YY_USE (b);
  if (!yymsg)
    yymsg = "Deleting";
  YY_SYMBOL_PRINT (yymsg, yykind, yyvaluep, yylocationp);

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  switch (yykind)
    {
    case YYSYMBOL_NAME: /* "name"  */
#line 64 "grammar/topology.y"
            { free(((*yyvaluep).str)); }
#line 1144 "build2/gen/topology.tab.c"
        break;

    case YYSYMBOL_STRING: /* "string"  */
#line 64 "grammar/topology.y"
            { free(((*yyvaluep).str)); }
#line 1150 "build2/gen/topology.tab.c"
        break;

    case YYSYMBOL_NUM: /* "number"  */
#line 64 "grammar/topology.y"
            { free(((*yyvaluep).str)); }
#line 1156 "build2/gen/topology.tab.c"
        break;

    case YYSYMBOL_VERNUM: /* "version"  */
#line 64 "grammar/topology.y"
            { free(((*yyvaluep).str)); }
#line 1162 "build2/gen/topology.tab.c"
        break;

    case YYSYMBOL_ADDR: /* "address"  */
#line 64 "grammar/topology.y"
            { free(((*yyvaluep).str)); }
#line 1168 "build2/gen/topology.tab.c"
        break;

    case YYSYMBOL_RAWNAME: /* "interface name"  */
#line 64 "grammar/topology.y"
            { free(((*yyvaluep).str)); }
#line 1174 "build2/gen/topology.tab.c"
        break;

    case YYSYMBOL_addr_list: /* addr_list  */
#line 65 "grammar/topology.y"
            { tb_list_free(((*yyvaluep).list)); }
#line 1180 "build2/gen/topology.tab.c"
        break;

    case YYSYMBOL_addr: /* addr  */
#line 65 "grammar/topology.y"
            { tb_list_free(((*yyvaluep).list)); }
#line 1186 "build2/gen/topology.tab.c"
        break;

    case YYSYMBOL_ep_list: /* ep_list  */
#line 65 "grammar/topology.y"
            { tb_list_free(((*yyvaluep).list)); }
#line 1192 "build2/gen/topology.tab.c"
        break;

    case YYSYMBOL_site_pair: /* site_pair  */
#line 65 "grammar/topology.y"
            { tb_list_free(((*yyvaluep).list)); }
#line 1198 "build2/gen/topology.tab.c"
        break;

    case YYSYMBOL_opt_variant: /* opt_variant  */
#line 64 "grammar/topology.y"
            { free(((*yyvaluep).str)); }
#line 1204 "build2/gen/topology.tab.c"
        break;

    case YYSYMBOL_opt_format: /* opt_format  */
#line 64 "grammar/topology.y"
            { free(((*yyvaluep).str)); }
#line 1210 "build2/gen/topology.tab.c"
        break;

    case YYSYMBOL_host_list: /* host_list  */
#line 65 "grammar/topology.y"
            { tb_list_free(((*yyvaluep).list)); }
#line 1216 "build2/gen/topology.tab.c"
        break;

    case YYSYMBOL_scenario: /* scenario  */
#line 64 "grammar/topology.y"
            { free(((*yyvaluep).str)); }
#line 1222 "build2/gen/topology.tab.c"
        break;

    case YYSYMBOL_port_ref: /* port_ref  */
#line 64 "grammar/topology.y"
            { free(((*yyvaluep).str)); }
#line 1228 "build2/gen/topology.tab.c"
        break;

      default:
        break;
    }
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}






/*----------.
| yyparse.  |
`----------*/

int
yyparse (yyscan_t scanner, topo_build *b)
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
# if defined TOPOLOGY_LTYPE_IS_TRIVIAL && TOPOLOGY_LTYPE_IS_TRIVIAL
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

  yychar = TOPOLOGY_EMPTY; /* Cause a token to be read.  */


/* User initialization code.  */
#line 40 "grammar/topology.y"
{ yylloc = tb_start_loc(b); }

#line 1325 "build2/gen/topology.tab.c"

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
  if (yychar == TOPOLOGY_EMPTY)
    {
      YYDPRINTF ((stderr, "Reading a token\n"));
      yychar = yylex (&yylval, &yylloc, scanner);
    }

  if (yychar <= TOPOLOGY_EOF)
    {
      yychar = TOPOLOGY_EOF;
      yytoken = YYSYMBOL_YYEOF;
      YYDPRINTF ((stderr, "Now at end of input.\n"));
    }
  else if (yychar == TOPOLOGY_error)
    {
      /* The scanner already issued an error message, process directly
         to error recovery.  But do not keep the error token as
         lookahead, it is too special and may lead us to an endless
         loop in error recovery. */
      yychar = TOPOLOGY_UNDEF;
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
  yychar = TOPOLOGY_EMPTY;
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
  case 4: /* stmt: "exchange" version ';'  */
#line 75 "grammar/topology.y"
                                        { tb_exchange(b, (yyvsp[-1].num), &(yylsp[-1])); }
#line 1538 "build2/gen/topology.tab.c"
    break;

  case 5: /* stmt: "ruleset" "string" ';'  */
#line 76 "grammar/topology.y"
                                        { tb_ruleset(b, (yyvsp[-1].str), &(yylsp[-1])); }
#line 1544 "build2/gen/topology.tab.c"
    break;

  case 6: /* stmt: "zone" "name" addr_list ';'  */
#line 77 "grammar/topology.y"
                                        { tb_zone(b, (yyvsp[-2].str), &(yylsp[-2]), (yyvsp[-1].list), &(yyloc)); }
#line 1550 "build2/gen/topology.tab.c"
    break;

  case 7: /* stmt: site_head site_body '}'  */
#line 78 "grammar/topology.y"
                                        { tb_site_end(b); }
#line 1556 "build2/gen/topology.tab.c"
    break;

  case 8: /* stmt: "clients" "name" opt_variant "from" ep_list "to" ep_list ';'  */
#line 80 "grammar/topology.y"
                                        { tb_clients(b, (yyvsp[-6].str), &(yylsp[-6]), (yyvsp[-5].str), &(yylsp[-5]), (yyvsp[-3].list), (yyvsp[-1].list), &(yyloc)); }
#line 1562 "build2/gen/topology.tab.c"
    break;

  case 9: /* stmt: "smtp" "name" "from" ep_list "to" ep_list ';'  */
#line 82 "grammar/topology.y"
                                        { tb_smtp(b, (yyvsp[-5].str), &(yylsp[-5]), (yyvsp[-3].list), (yyvsp[-1].list), &(yyloc)); }
#line 1568 "build2/gen/topology.tab.c"
    break;

  case 10: /* stmt: "connector" "name" site_pair ';'  */
#line 83 "grammar/topology.y"
                                        { tb_connector(b, (yyvsp[-2].str), &(yylsp[-2]), (yyvsp[-1].list), NULL, &(yyloc)); }
#line 1574 "build2/gen/topology.tab.c"
    break;

  case 11: /* stmt: "connector" "name" site_pair "via" site_pair ';'  */
#line 85 "grammar/topology.y"
                                        { tb_connector(b, (yyvsp[-4].str), &(yylsp[-4]), (yyvsp[-3].list), (yyvsp[-1].list), &(yyloc)); }
#line 1580 "build2/gen/topology.tab.c"
    break;

  case 12: /* stmt: fw_head fw_body '}'  */
#line 86 "grammar/topology.y"
                                        { tb_fw_end(b); }
#line 1586 "build2/gen/topology.tab.c"
    break;

  case 13: /* stmt: "need" scenario opt_variant opt_reverse proto port_ref "string" opt_since ';'  */
#line 88 "grammar/topology.y"
                                        { tb_need(b, (yyvsp[-7].str), &(yylsp[-7]), (yyvsp[-6].str), &(yylsp[-6]), (yyvsp[-5].flag), (yyvsp[-4].num), (yyvsp[-3].str), &(yylsp[-3]), (yyvsp[-2].str), (yyvsp[-1].num), &(yyloc)); }
#line 1592 "build2/gen/topology.tab.c"
    break;

  case 14: /* stmt: port_head port_attrs ';'  */
#line 89 "grammar/topology.y"
                                        { tb_port_end(b); }
#line 1598 "build2/gen/topology.tab.c"
    break;

  case 15: /* stmt: error ';'  */
#line 90 "grammar/topology.y"
                                        { yyerrok; if (tb_recover(b)) YYABORT; }
#line 1604 "build2/gen/topology.tab.c"
    break;

  case 16: /* stmt: error '}'  */
#line 91 "grammar/topology.y"
                                        { yyerrok; if (tb_recover(b)) YYABORT; }
#line 1610 "build2/gen/topology.tab.c"
    break;

  case 17: /* version: "version"  */
#line 95 "grammar/topology.y"
                                        { (yyval.num) = tb_version(b, (yyvsp[0].str), NULL, &(yyloc)); }
#line 1616 "build2/gen/topology.tab.c"
    break;

  case 18: /* version: "version" "name"  */
#line 96 "grammar/topology.y"
                                        { (yyval.num) = tb_version(b, (yyvsp[-1].str), (yyvsp[0].str), &(yyloc)); }
#line 1622 "build2/gen/topology.tab.c"
    break;

  case 19: /* addr_list: addr  */
#line 100 "grammar/topology.y"
                                        { (yyval.list) = (yyvsp[0].list); }
#line 1628 "build2/gen/topology.tab.c"
    break;

  case 20: /* addr_list: addr_list ',' "address"  */
#line 101 "grammar/topology.y"
                                        { (yyval.list) = tb_list_push((yyvsp[-2].list), (yyvsp[0].str), &(yylsp[0])); }
#line 1634 "build2/gen/topology.tab.c"
    break;

  case 21: /* addr_list: addr_list ',' "any"  */
#line 102 "grammar/topology.y"
                                        { (yyval.list) = tb_list_push((yyvsp[-2].list), NULL, &(yylsp[0])); }
#line 1640 "build2/gen/topology.tab.c"
    break;

  case 22: /* addr: "address"  */
#line 106 "grammar/topology.y"
                                        { (yyval.list) = tb_list_new((yyvsp[0].str), &(yylsp[0])); }
#line 1646 "build2/gen/topology.tab.c"
    break;

  case 23: /* addr: "any"  */
#line 107 "grammar/topology.y"
                                        { (yyval.list) = tb_list_new(NULL, &(yylsp[0])); }
#line 1652 "build2/gen/topology.tab.c"
    break;

  case 24: /* ep_list: "name"  */
#line 111 "grammar/topology.y"
                                        { (yyval.list) = tb_list_new((yyvsp[0].str), &(yylsp[0])); }
#line 1658 "build2/gen/topology.tab.c"
    break;

  case 25: /* ep_list: ep_list ',' "name"  */
#line 112 "grammar/topology.y"
                                        { (yyval.list) = tb_list_push((yyvsp[-2].list), (yyvsp[0].str), &(yylsp[0])); }
#line 1664 "build2/gen/topology.tab.c"
    break;

  case 26: /* site_pair: "name" "name"  */
#line 116 "grammar/topology.y"
                                        { (yyval.list) = tb_list_push(tb_list_new((yyvsp[-1].str), &(yylsp[-1])), (yyvsp[0].str), &(yylsp[0])); }
#line 1670 "build2/gen/topology.tab.c"
    break;

  case 27: /* opt_variant: %empty  */
#line 120 "grammar/topology.y"
                                        { (yyval.str) = NULL; }
#line 1676 "build2/gen/topology.tab.c"
    break;

  case 28: /* opt_variant: "name"  */
#line 121 "grammar/topology.y"
                                        { (yyval.str) = (yyvsp[0].str); }
#line 1682 "build2/gen/topology.tab.c"
    break;

  case 29: /* site_head: "site" "name" '{'  */
#line 128 "grammar/topology.y"
                                        { tb_site_begin(b, (yyvsp[-1].str), &(yylsp[-1])); }
#line 1688 "build2/gen/topology.tab.c"
    break;

  case 32: /* site_body: site_body error ';'  */
#line 134 "grammar/topology.y"
                                        { yyerrok; if (tb_recover(b)) YYABORT; }
#line 1694 "build2/gen/topology.tab.c"
    break;

  case 35: /* server_head: "server" "name" "address"  */
#line 143 "grammar/topology.y"
                                        { tb_server(b, (yyvsp[-1].str), &(yylsp[-1]), (yyvsp[0].str), &(yylsp[0])); }
#line 1700 "build2/gen/topology.tab.c"
    break;

  case 37: /* server_body: server_body "name" "number" ';'  */
#line 148 "grammar/topology.y"
                                        { tb_server_port(b, (yyvsp[-2].str), &(yylsp[-2]), (yyvsp[-1].str), &(yylsp[-1])); }
#line 1706 "build2/gen/topology.tab.c"
    break;

  case 38: /* server_body: server_body "name" "address" "from" ep_list ';'  */
#line 150 "grammar/topology.y"
                                        { tb_server_addr(b, (yyvsp[-4].str), &(yylsp[-4]), (yyvsp[-3].str), &(yylsp[-3]), (yyvsp[-1].list)); }
#line 1712 "build2/gen/topology.tab.c"
    break;

  case 39: /* server_body: server_body error ';'  */
#line 151 "grammar/topology.y"
                                        { yyerrok; if (tb_recover(b)) YYABORT; }
#line 1718 "build2/gen/topology.tab.c"
    break;

  case 40: /* fw_head: "firewall" "name" '{'  */
#line 157 "grammar/topology.y"
                                        { tb_fw_begin(b, (yyvsp[-1].str), &(yylsp[-1])); }
#line 1724 "build2/gen/topology.tab.c"
    break;

  case 43: /* fw_item: "file" "string" opt_format ';'  */
#line 166 "grammar/topology.y"
                                        { tb_fw_file(b, (yyvsp[-2].str), &(yylsp[-2]), (yyvsp[-1].str), &(yylsp[-1])); }
#line 1730 "build2/gen/topology.tab.c"
    break;

  case 45: /* fw_item: "host" "name" ';'  */
#line 168 "grammar/topology.y"
                                        { tb_fw_host(b, (yyvsp[-1].str), &(yylsp[-1])); }
#line 1736 "build2/gen/topology.tab.c"
    break;

  case 46: /* fw_item: error ';'  */
#line 169 "grammar/topology.y"
                                        { yyerrok; if (tb_recover(b)) YYABORT; }
#line 1742 "build2/gen/topology.tab.c"
    break;

  case 47: /* opt_format: %empty  */
#line 173 "grammar/topology.y"
                                        { (yyval.str) = NULL; }
#line 1748 "build2/gen/topology.tab.c"
    break;

  case 48: /* opt_format: "format" "name"  */
#line 174 "grammar/topology.y"
                                        { (yyval.str) = (yyvsp[0].str); (yyloc) = (yylsp[0]); }
#line 1754 "build2/gen/topology.tab.c"
    break;

  case 49: /* iface_head: "interface" "interface name" "zone" "name"  */
#line 178 "grammar/topology.y"
                                        { tb_iface(b, (yyvsp[-2].str), &(yylsp[-2]), (yyvsp[0].str), &(yylsp[0])); }
#line 1760 "build2/gen/topology.tab.c"
    break;

  case 51: /* iface_opts: iface_opts "acl-in" "interface name"  */
#line 183 "grammar/topology.y"
                                        { tb_iface_acl(b, false, (yyvsp[0].str), &(yylsp[0])); }
#line 1766 "build2/gen/topology.tab.c"
    break;

  case 52: /* iface_opts: iface_opts "acl-out" "interface name"  */
#line 184 "grammar/topology.y"
                                        { tb_iface_acl(b, true, (yyvsp[0].str), &(yylsp[0])); }
#line 1772 "build2/gen/topology.tab.c"
    break;

  case 53: /* iface_opts: iface_opts "name" host_list  */
#line 185 "grammar/topology.y"
                                        { tb_iface_addr(b, (yyvsp[-1].str), &(yylsp[-1]), (yyvsp[0].list)); }
#line 1778 "build2/gen/topology.tab.c"
    break;

  case 54: /* host_list: "address"  */
#line 189 "grammar/topology.y"
                                        { (yyval.list) = tb_list_new((yyvsp[0].str), &(yylsp[0])); }
#line 1784 "build2/gen/topology.tab.c"
    break;

  case 55: /* host_list: host_list ',' "address"  */
#line 190 "grammar/topology.y"
                                        { (yyval.list) = tb_list_push((yyvsp[-2].list), (yyvsp[0].str), &(yylsp[0])); }
#line 1790 "build2/gen/topology.tab.c"
    break;

  case 56: /* scenario: "clients" "name"  */
#line 197 "grammar/topology.y"
                                        { (yyval.str) = (yyvsp[0].str); }
#line 1796 "build2/gen/topology.tab.c"
    break;

  case 57: /* scenario: "smtp" "name"  */
#line 198 "grammar/topology.y"
                                        { (yyval.str) = tb_scenario(b, "smtp-", (yyvsp[0].str)); }
#line 1802 "build2/gen/topology.tab.c"
    break;

  case 58: /* scenario: "connector" "name"  */
#line 199 "grammar/topology.y"
                                        { (yyval.str) = tb_scenario(b, "connector-", (yyvsp[0].str)); }
#line 1808 "build2/gen/topology.tab.c"
    break;

  case 59: /* scenario: "name"  */
#line 200 "grammar/topology.y"
                                        { (yyval.str) = (yyvsp[0].str); }
#line 1814 "build2/gen/topology.tab.c"
    break;

  case 60: /* opt_reverse: %empty  */
#line 204 "grammar/topology.y"
                                        { (yyval.flag) = false; }
#line 1820 "build2/gen/topology.tab.c"
    break;

  case 61: /* opt_reverse: "reverse"  */
#line 205 "grammar/topology.y"
                                        { (yyval.flag) = true; }
#line 1826 "build2/gen/topology.tab.c"
    break;

  case 62: /* proto: "tcp"  */
#line 209 "grammar/topology.y"
                                        { (yyval.num) = 6; }
#line 1832 "build2/gen/topology.tab.c"
    break;

  case 63: /* proto: "udp"  */
#line 210 "grammar/topology.y"
                                        { (yyval.num) = 17; }
#line 1838 "build2/gen/topology.tab.c"
    break;

  case 64: /* port_ref: "number"  */
#line 214 "grammar/topology.y"
                                        { (yyval.str) = (yyvsp[0].str); }
#line 1844 "build2/gen/topology.tab.c"
    break;

  case 65: /* port_ref: "name"  */
#line 215 "grammar/topology.y"
                                        { (yyval.str) = (yyvsp[0].str); }
#line 1850 "build2/gen/topology.tab.c"
    break;

  case 66: /* opt_since: %empty  */
#line 219 "grammar/topology.y"
                                        { (yyval.num) = 0; }
#line 1856 "build2/gen/topology.tab.c"
    break;

  case 67: /* opt_since: "since" version  */
#line 220 "grammar/topology.y"
                                        { (yyval.num) = (yyvsp[0].num); }
#line 1862 "build2/gen/topology.tab.c"
    break;

  case 68: /* port_head: "port" "name"  */
#line 225 "grammar/topology.y"
                                        { tb_port_begin(b, (yyvsp[0].str), &(yylsp[0])); }
#line 1868 "build2/gen/topology.tab.c"
    break;

  case 70: /* port_attrs: port_attrs "dynamic"  */
#line 230 "grammar/topology.y"
                                        { tb_port_dynamic(b, &(yylsp[0])); }
#line 1874 "build2/gen/topology.tab.c"
    break;

  case 71: /* port_attrs: port_attrs "default" "number"  */
#line 231 "grammar/topology.y"
                                        { tb_port_default(b, (yyvsp[0].str), &(yylsp[0])); }
#line 1880 "build2/gen/topology.tab.c"
    break;

  case 72: /* port_attrs: port_attrs "since" version  */
#line 232 "grammar/topology.y"
                                        { tb_port_since(b, (yyvsp[0].num), &(yylsp[0])); }
#line 1886 "build2/gen/topology.tab.c"
    break;

  case 73: /* port_attrs: port_attrs "kb" "name"  */
#line 233 "grammar/topology.y"
                                        { tb_port_kb(b, (yyvsp[0].str), &(yylsp[0])); }
#line 1892 "build2/gen/topology.tab.c"
    break;

  case 74: /* port_attrs: port_attrs "registry" "string" "string"  */
#line 235 "grammar/topology.y"
                                        { tb_port_registry(b, (yyvsp[-1].str), (yyvsp[0].str), &(yylsp[-1])); }
#line 1898 "build2/gen/topology.tab.c"
    break;


#line 1902 "build2/gen/topology.tab.c"

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
  yytoken = yychar == TOPOLOGY_EMPTY ? YYSYMBOL_YYEMPTY : YYTRANSLATE (yychar);
  /* If not already recovering from an error, report this error.  */
  if (!yyerrstatus)
    {
      ++yynerrs;
      {
        yypcontext_t yyctx
          = {yyssp, yytoken, &yylloc};
        if (yyreport_syntax_error (&yyctx, scanner, b) == 2)
          YYNOMEM;
      }
    }

  yyerror_range[1] = yylloc;
  if (yyerrstatus == 3)
    {
      /* If just tried and failed to reuse lookahead token after an
         error, discard it.  */

      if (yychar <= TOPOLOGY_EOF)
        {
          /* Return failure if at end of input.  */
          if (yychar == TOPOLOGY_EOF)
            YYABORT;
        }
      else
        {
          yydestruct ("Error: discarding",
                      yytoken, &yylval, &yylloc, scanner, b);
          yychar = TOPOLOGY_EMPTY;
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
                  YY_ACCESSING_SYMBOL (yystate), yyvsp, yylsp, scanner, b);
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
  yyerror (&yylloc, scanner, b, YY_("memory exhausted"));
  yyresult = 2;
  goto yyreturnlab;


/*----------------------------------------------------------.
| yyreturnlab -- parsing is finished, clean up and return.  |
`----------------------------------------------------------*/
yyreturnlab:
  if (yychar != TOPOLOGY_EMPTY)
    {
      /* Make sure we have latest lookahead translation.  See comments at
         user semantic actions for why this is necessary.  */
      yytoken = YYTRANSLATE (yychar);
      yydestruct ("Cleanup: discarding lookahead",
                  yytoken, &yylval, &yylloc, scanner, b);
    }
  /* Do not reclaim the symbols of the rule whose action triggered
     this YYABORT or YYACCEPT.  */
  YYPOPSTACK (yylen);
  YY_STACK_PRINT (yyss, yyssp);
  while (yyssp != yyss)
    {
      yydestruct ("Cleanup: popping",
                  YY_ACCESSING_SYMBOL (+*yyssp), yyvsp, yylsp, scanner, b);
      YYPOPSTACK (1);
    }
#ifndef yyoverflow
  if (yyss != yyssa)
    YYSTACK_FREE (yyss);
#endif

  return yyresult;
}

#line 238 "grammar/topology.y"


/* bison's "detailed" message ("syntax error, unexpected X, expecting A or
 * B"), and where it would list nothing because more than four tokens fit,
 * what fits: at the start of a statement "a statement", else every token. */
static int yyreport_syntax_error(const yypcontext_t *yyctx, yyscan_t scanner, topo_build *b)
{
	(void)scanner;
	yysymbol_kind_t exp[YYNTOKENS];
	int n = yypcontext_expected_tokens(yyctx, exp, YYNTOKENS);
	char buf[800];
	size_t len = (size_t)snprintf(buf, sizeof buf, "syntax error, unexpected %s",
				      yysymbol_name(yypcontext_token(yyctx)));
	bool stmt = false;
	for (int i = 0; i < n; i++)
		stmt |= exp[i] == YYSYMBOL_EXCHANGE || exp[i] == YYSYMBOL_NEED;
	if (stmt)
		snprintf(buf + len, sizeof buf - len, ", expecting a statement (%s)",
			 b->is_ruleset ? "need or port"
				       : "exchange, ruleset, zone, site, clients, smtp, connector or firewall");
	else {
		const char *names[YYNTOKENS];
		for (int i = 0; i < n; i++)
			names[i] = yysymbol_name(exp[i]);
		syntax_append_expected(buf, sizeof buf, len, "expecting", names, n, SYNTAX_LIST_OR);
	}
	tb_syntax_error(b, yypcontext_location(yyctx), buf);
	return 0;
}
