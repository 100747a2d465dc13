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
#define YYSTYPE         CISCOY_STYPE
#define YYLTYPE         CISCOY_LTYPE
/* Substitute the variable and function names.  */
#define yyparse         ciscoy_parse
#define yylex           ciscoy_lex
#define yyerror         ciscoy_error
#define yydebug         ciscoy_debug
#define yynerrs         ciscoy_nerrs


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

#include "cisco.tab.h"
/* Symbol kind.  */
enum yysymbol_kind_t
{
  YYSYMBOL_YYEMPTY = -2,
  YYSYMBOL_YYEOF = 0,                      /* "end of file"  */
  YYSYMBOL_YYerror = 1,                    /* error  */
  YYSYMBOL_YYUNDEF = 2,                    /* "invalid token"  */
  YYSYMBOL_NL = 3,                         /* "end of line"  */
  YYSYMBOL_WORD = 4,                       /* "word"  */
  YYSYMBOL_NUMBER = 5,                     /* "number"  */
  YYSYMBOL_ADDR = 6,                       /* "address"  */
  YYSYMBOL_PREFIX = 7,                     /* "prefix"  */
  YYSYMBOL_LEXERR = 8,                     /* "invalid input"  */
  YYSYMBOL_SUB_ACL = 9,                    /* "access-list entry"  */
  YYSYMBOL_SUB_OG = 10,                    /* "object line"  */
  YYSYMBOL_SUB_IF = 11,                    /* "interface line"  */
  YYSYMBOL_ACCESS_GROUP = 12,              /* "access-group"  */
  YYSYMBOL_ACCESS_LIST = 13,               /* "access-list"  */
  YYSYMBOL_ANY = 14,                       /* "any"  */
  YYSYMBOL_ANY4 = 15,                      /* "any4"  */
  YYSYMBOL_ANY6 = 16,                      /* "any6"  */
  YYSYMBOL_CLEAR = 17,                     /* "clear"  */
  YYSYMBOL_CONFIGURE = 18,                 /* "configure"  */
  YYSYMBOL_DENY = 19,                      /* "deny"  */
  YYSYMBOL_DESCRIPTION = 20,               /* "description"  */
  YYSYMBOL_EQ = 21,                        /* "eq"  */
  YYSYMBOL_EXTENDED = 22,                  /* "extended"  */
  YYSYMBOL_FQDN = 23,                      /* "fqdn"  */
  YYSYMBOL_GLOBAL = 24,                    /* "global"  */
  YYSYMBOL_GROUP_OBJECT = 25,              /* "group-object"  */
  YYSYMBOL_GT = 26,                        /* "gt"  */
  YYSYMBOL_HOST = 27,                      /* "host"  */
  YYSYMBOL_HOSTNAME = 28,                  /* "hostname"  */
  YYSYMBOL_ICMP_OBJECT = 29,               /* "icmp-object"  */
  YYSYMBOL_ICMP_TYPE = 30,                 /* "icmp-type"  */
  YYSYMBOL_IN = 31,                        /* "in"  */
  YYSYMBOL_INSPECT = 32,                   /* "inspect"  */
  YYSYMBOL_INTER_IF = 33,                  /* "inter-interface"  */
  YYSYMBOL_INTERFACE = 34,                 /* "interface"  */
  YYSYMBOL_INTRA_IF = 35,                  /* "intra-interface"  */
  YYSYMBOL_KW_IP = 36,                     /* "ip"  */
  YYSYMBOL_LINE = 37,                      /* "line"  */
  YYSYMBOL_LT = 38,                        /* "lt"  */
  YYSYMBOL_NAMEIF = 39,                    /* "nameif"  */
  YYSYMBOL_NEQ = 40,                       /* "neq"  */
  YYSYMBOL_NETWORK = 41,                   /* "network"  */
  YYSYMBOL_NETWORK_OBJECT = 42,            /* "network-object"  */
  YYSYMBOL_NO = 43,                        /* "no"  */
  YYSYMBOL_OBJECT = 44,                    /* "object"  */
  YYSYMBOL_OBJECT_GROUP = 45,              /* "object-group"  */
  YYSYMBOL_OUT = 46,                       /* "out"  */
  YYSYMBOL_PERMIT = 47,                    /* "permit"  */
  YYSYMBOL_PORT_OBJECT = 48,               /* "port-object"  */
  YYSYMBOL_PROTOCOL = 49,                  /* "protocol"  */
  YYSYMBOL_PROTOCOL_OBJECT = 50,           /* "protocol-object"  */
  YYSYMBOL_RANGE = 51,                     /* "range"  */
  YYSYMBOL_REMARK = 52,                    /* "remark"  */
  YYSYMBOL_SAME_SECURITY = 53,             /* "same-security-traffic"  */
  YYSYMBOL_SECURITY_LEVEL = 54,            /* "security-level"  */
  YYSYMBOL_SERVICE = 55,                   /* "service"  */
  YYSYMBOL_SERVICE_OBJECT = 56,            /* "service-object"  */
  YYSYMBOL_STANDARD = 57,                  /* "standard"  */
  YYSYMBOL_SUBNET = 58,                    /* "subnet"  */
  YYSYMBOL_LONE = 59,                      /* LONE  */
  YYSYMBOL_YYACCEPT = 60,                  /* $accept  */
  YYSYMBOL_input = 61,                     /* input  */
  YYSYMBOL_line = 62,                      /* line  */
  YYSYMBOL_cmd = 63,                       /* cmd  */
  YYSYMBOL_dir = 64,                       /* dir  */
  YYSYMBOL_acl_type = 65,                  /* acl_type  */
  YYSYMBOL_acl_sub = 66,                   /* acl_sub  */
  YYSYMBOL_action = 67,                    /* action  */
  YYSYMBOL_ogwhat = 68,                    /* ogwhat  */
  YYSYMBOL_elems_opt = 69,                 /* elems_opt  */
  YYSYMBOL_elems = 70,                     /* elems  */
  YYSYMBOL_elem = 71,                      /* elem  */
  YYSYMBOL_val = 72,                       /* val  */
  YYSYMBOL_word = 73,                      /* word  */
  YYSYMBOL_name = 74                       /* name  */
};
typedef enum yysymbol_kind_t yysymbol_kind_t;



/* Unqualified %code blocks.  */
#line 79 "grammar/cisco.y"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *ciscoy_get_text(yyscan_t scanner);

#define BLOCK cisco_scan_block(scanner)
#define E(k, a, b, l) cisco_elem_new(ctx, (k), (a), (b), (l))

static void ciscoy_error(srcloc *loc, yyscan_t scanner, struct cisco_ctx *ctx, const char *msg)
{
	(void)scanner;
	cisco_error(ctx, *loc, "%s", msg);
}

static long num(const char *s)
{
	return strtol(s, NULL, 10);
}

#line 207 "build-scan/gen/cisco.tab.c"

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
         || (defined CISCOY_LTYPE_IS_TRIVIAL && CISCOY_LTYPE_IS_TRIVIAL \
             && defined CISCOY_STYPE_IS_TRIVIAL && CISCOY_STYPE_IS_TRIVIAL)))

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
#define YYLAST   527

/* YYNTOKENS -- Number of terminals.  */
#define YYNTOKENS  60
/* YYNNTS -- Number of nonterminals.  */
#define YYNNTS  15
/* YYNRULES -- Number of rules.  */
#define YYNRULES  141
/* YYNSTATES -- Number of states.  */
#define YYNSTATES  215

/* YYMAXUTOK -- Last valid token kind.  */
#define YYMAXUTOK   314


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
      55,    56,    57,    58,    59
};

#if CISCOY_DEBUG
/* YYRLINE[YYN] -- Source line where rule number YYN was defined.  */
static const yytype_int16 yyrline[] =
{
       0,   143,   143,   144,   148,   149,   150,   154,   156,   158,
     159,   160,   162,   163,   164,   165,   166,   167,   168,   169,
     170,   171,   172,   173,   174,   175,   176,   177,   178,   179,
     180,   181,   182,   183,   184,   185,   186,   187,   188,   189,
     190,   191,   192,   193,   194,   195,   196,   197,   201,   202,
     206,   207,   208,   213,   214,   215,   216,   217,   218,   220,
     225,   226,   230,   230,   230,   230,   230,   231,   231,   231,
     231,   231,   235,   236,   240,   241,   245,   246,   247,   248,
     249,   250,   251,   252,   253,   254,   255,   256,   257,   258,
     259,   260,   264,   265,   270,   270,   270,   270,   270,   270,
     270,   270,   271,   271,   271,   271,   271,   271,   271,   271,
     271,   272,   272,   272,   272,   272,   273,   273,   273,   273,
     278,   278,   278,   278,   278,   278,   278,   278,   278,   278,
     278,   278,   279,   279,   279,   279,   279,   280,   280,   280,
     280,   280
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
  "number", "address", "prefix", "invalid input", "access-list entry",
  "object line", "interface line", "access-group", "access-list", "any",
  "any4", "any6", "clear", "configure", "deny", "description", "eq",
  "extended", "fqdn", "global", "group-object", "gt", "host", "hostname",
  "icmp-object", "icmp-type", "in", "inspect", "inter-interface",
  "interface", "intra-interface", "ip", "line", "lt", "nameif", "neq",
  "network", "network-object", "no", "object", "object-group", "out",
  "permit", "port-object", "protocol", "protocol-object", "range",
  "remark", "same-security-traffic", "security-level", "service",
  "service-object", "standard", "subnet", "LONE", "$accept", "input",
  "line", "cmd", "dir", "acl_type", "acl_sub", "action", "ogwhat",
  "elems_opt", "elems", "elem", "val", "word", "name", YY_NULLPTR
  };
  return yy_sname[yysymbol];
}
#endif

#define YYPACT_NINF (-165)

#define yypact_value_is_default(Yyn) \
  ((Yyn) == YYPACT_NINF)

#define YYTABLE_NINF (-13)

#define yytable_value_is_error(Yyn) \
  0

/* YYPACT[STATE-NUM] -- Index in YYTABLE of the portion describing
   STATE-NUM.  */
static const yytype_int16 yypact[] =
{
    -165,   474,  -165,    13,  -165,    39,    21,   209,    47,   264,
     264,     1,   264,   264,    25,   -12,    36,    40,   -36,  -165,
      66,  -165,   264,   264,    32,  -165,    45,  -165,  -165,  -165,
     319,  -165,  -165,    65,  -165,  -165,  -165,  -165,  -165,  -165,
    -165,  -165,  -165,  -165,   373,  -165,  -165,  -165,  -165,   373,
     373,  -165,  -165,  -165,  -165,  -165,  -165,   264,  -165,  -165,
    -165,   373,  -165,   373,  -165,  -165,  -165,   264,   264,  -165,
    -165,  -165,  -165,  -165,   373,  -165,  -165,  -165,  -165,  -165,
    -165,   319,   319,  -165,  -165,    23,   264,    77,  -165,  -165,
    -165,  -165,  -165,  -165,  -165,  -165,  -165,  -165,  -165,  -165,
    -165,  -165,  -165,  -165,  -165,  -165,  -165,  -165,  -165,  -165,
      56,    -5,    83,  -165,   319,     6,   264,    84,   264,   264,
     264,    94,   264,   264,   264,    57,  -165,    79,  -165,   264,
    -165,   319,  -165,   319,  -165,  -165,  -165,  -165,  -165,  -165,
    -165,  -165,  -165,  -165,  -165,   373,  -165,   319,  -165,   264,
     264,  -165,  -165,  -165,  -165,  -165,    69,  -165,    95,  -165,
    -165,    -6,   264,   319,  -165,   264,   264,     9,     8,  -165,
    -165,  -165,   264,  -165,  -165,   419,  -165,  -165,  -165,  -165,
     319,  -165,    -2,    -2,   264,    -4,   319,  -165,  -165,  -165,
     101,  -165,    -6,   264,   264,  -165,  -165,  -165,  -165,   264,
    -165,    -6,   319,     5,   319,  -165,  -165,  -165,   319,  -165,
      -6,   319,   319,   319,   319
};

/* YYDEFACT[STATE-NUM] -- Default reduction number in state STATE-NUM.
   Performed when YYTABLE does not specify something else to do.  Zero
   means the default is an error.  */
static const yytype_uint8 yydefact[] =
{
       2,     0,     1,     0,     4,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     3,
       0,     6,     0,     0,     0,    61,     0,    60,    55,    23,
       0,    94,    95,    82,    83,   117,   116,    77,    78,    79,
     106,   107,   119,    71,     0,   103,    69,    99,    67,     0,
       0,   108,    66,   113,    97,   110,   111,     0,   112,    96,
     104,     0,   109,     0,   100,    62,   105,     0,     0,    98,
     118,    63,   101,    65,     0,   115,   114,    70,    64,   102,
      68,    72,    33,    74,    76,     0,     0,     0,   121,   122,
     123,   125,   141,   138,   128,   124,   137,   132,   127,   126,
     133,   130,   131,   134,   136,   129,   139,   135,   140,   120,
       0,    50,     0,    45,    34,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     5,    46,    58,     0,
      56,     0,    57,    53,    81,    93,    87,    92,    90,    80,
      86,    89,    88,    84,    85,     0,    32,    73,    75,     0,
       0,    38,    39,    42,    48,    49,     0,    51,     0,    10,
      52,     9,     0,    35,    22,     0,     0,    50,     0,    24,
      25,    30,     0,    26,    29,    27,    43,    44,    47,    59,
      54,    91,     0,     0,     0,    50,     0,    19,    21,    20,
       0,    15,     0,     0,     0,    31,    28,    36,    37,    40,
      11,     0,     7,    50,     0,    18,    17,    41,     0,    16,
       0,    13,     8,     0,    14
};

/* YYPGOTO[NTERM-NUM].  */
static const yytype_int16 yypgoto[] =
{
    -165,  -165,  -165,  -165,   -89,  -164,  -165,   -18,  -165,  -165,
       4,   -75,   -41,    -7,    -8
};

/* YYDEFGOTO[NTERM-NUM].  */
static const yytype_uint8 yydefgoto[] =
{
       0,     1,    19,    20,   156,   161,    29,    30,    81,   146,
      82,    83,   136,   109,   110
};

/* YYTABLE[YYPACT[STATE-NUM]] -- What to do in state STATE-NUM.  If
   positive, shift that token.  If negative, reduce the rule whose
   number is the opposite.  If YYTABLE_NINF, syntax error.  */
static const yytype_int16 yytable[] =
{
      84,   116,   111,   192,   113,   114,   131,   148,   138,   139,
     164,   125,   -12,    25,   127,   128,    21,   157,   157,   112,
     141,   201,   142,    84,   117,    23,    24,   157,   165,   154,
     193,   157,   158,   145,   133,   149,   129,   137,   115,   210,
      25,    27,   137,   137,   155,    22,   190,   159,   200,   140,
     132,    25,   160,   160,   137,   150,   137,   209,   148,   143,
     144,   191,   160,   166,    26,   194,   160,   137,    27,   126,
     120,   134,   148,    28,    84,    84,   121,   118,   151,    27,
     153,   122,   152,    85,   130,   147,    86,   154,   148,   123,
     176,   119,   177,   197,   198,   124,   162,   168,   172,   178,
     185,    87,   155,   184,   181,   148,   203,    84,   167,     0,
     169,   170,   171,     0,   173,   174,   175,     0,   163,     0,
       0,   179,     0,     0,    84,     0,    84,   148,     0,     0,
       0,     0,     0,     0,     0,   180,   148,   148,   137,   148,
      84,   182,   183,   186,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,   187,     0,    84,   188,   189,     0,
       0,     0,     0,     0,   195,     0,     0,     0,   196,     0,
       0,     0,     0,    84,   204,     0,   199,     0,     0,    84,
       0,     0,     0,   208,     0,   205,   206,     0,     0,     0,
     202,   207,   213,     0,     0,    84,     0,    84,     0,     0,
       0,    84,     0,     0,    84,    84,    84,    84,   211,     0,
       0,     0,   212,    31,    32,    33,    34,   214,     0,     0,
       0,    35,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,    49,    50,    51,    52,    53,
      54,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,    70,    71,    72,    73,
      74,     0,    75,    76,    77,    78,    79,    80,    31,    32,
       0,     0,     0,     0,     0,     0,    35,    36,    88,    89,
      90,    40,    41,    42,     0,    91,    45,    92,    47,    93,
      94,    95,    51,    96,    53,    54,    55,    56,    97,    58,
      59,    60,    98,    62,    99,    64,   100,    66,   101,   102,
      69,    70,   103,    72,   104,   105,     0,    75,    76,   106,
     107,    79,   108,    31,    32,    33,    34,     0,     0,     0,
       0,    35,    36,    37,    38,    39,    40,    41,    42,     0,
      44,    45,     0,    47,     0,    49,    50,    51,     0,    53,
      54,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,     0,    66,    67,    68,    69,    70,     0,    72,     0,
      74,     0,    75,    76,     0,     0,    79,    31,    32,   135,
       0,     0,     0,     0,     0,    35,    36,     0,     0,     0,
      40,    41,    42,     0,     0,    45,     0,    47,     0,     0,
       0,    51,     0,    53,    54,    55,    56,     0,    58,    59,
      60,     0,    62,     0,    64,     0,    66,     0,     0,    69,
      70,     0,    72,    31,    32,     0,    75,    76,     0,     0,
      79,    35,    36,     0,     0,     0,    40,    41,    42,     0,
       0,    45,     0,    47,     0,     0,     0,    51,     0,    53,
      54,    55,    56,     0,    58,    59,    60,     0,    62,     0,
      64,     0,    66,     0,     0,    69,    70,     0,    72,     0,
       0,     0,    75,    76,     2,     3,    79,     4,     5,     0,
       0,     0,     0,     6,     7,     8,     9,    10,     0,     0,
       0,    11,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    12,     0,     0,     0,     0,     0,    13,     0,
      14,     0,     0,     0,     0,     0,     0,    15,    16,    17,
       0,     0,     0,     0,     0,     0,     0,    18
};

static const yytype_int16 yycheck[] =
{
       7,    13,    10,   167,    12,    13,    24,    82,    49,    50,
       4,    47,     3,    19,    22,    23,     3,    22,    22,    18,
      61,   185,    63,    30,    36,     4,     5,    22,    22,    31,
      22,    22,    37,    74,    30,    12,     4,    44,    13,   203,
      19,    47,    49,    50,    46,     6,    37,    52,    52,    57,
       5,    19,    57,    57,    61,    32,    63,    52,   133,    67,
      68,    52,    57,    57,    43,    57,    57,    74,    47,     3,
      30,     6,   147,    52,    81,    82,    36,    41,    86,    47,
      24,    41,     5,    36,    52,    81,    39,    31,   163,    49,
      33,    55,    35,   182,   183,    55,    13,    13,     4,    20,
       5,    54,    46,    34,   145,   180,     5,   114,   116,    -1,
     118,   119,   120,    -1,   122,   123,   124,    -1,   114,    -1,
      -1,   129,    -1,    -1,   131,    -1,   133,   202,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   131,   211,   212,   145,   214,
     147,   149,   150,   161,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   162,    -1,   163,   165,   166,    -1,
      -1,    -1,    -1,    -1,   172,    -1,    -1,    -1,   175,    -1,
      -1,    -1,    -1,   180,   192,    -1,   184,    -1,    -1,   186,
      -1,    -1,    -1,   201,    -1,   193,   194,    -1,    -1,    -1,
     186,   199,   210,    -1,    -1,   202,    -1,   204,    -1,    -1,
      -1,   208,    -1,    -1,   211,   212,   213,   214,   204,    -1,
      -1,    -1,   208,     4,     5,     6,     7,   213,    -1,    -1,
      -1,    12,    13,    14,    15,    16,    17,    18,    19,    20,
      21,    22,    23,    24,    25,    26,    27,    28,    29,    30,
      31,    32,    33,    34,    35,    36,    37,    38,    39,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
      51,    -1,    53,    54,    55,    56,    57,    58,     4,     5,
      -1,    -1,    -1,    -1,    -1,    -1,    12,    13,    14,    15,
      16,    17,    18,    19,    -1,    21,    22,    23,    24,    25,
      26,    27,    28,    29,    30,    31,    32,    33,    34,    35,
      36,    37,    38,    39,    40,    41,    42,    43,    44,    45,
      46,    47,    48,    49,    50,    51,    -1,    53,    54,    55,
      56,    57,    58,     4,     5,     6,     7,    -1,    -1,    -1,
      -1,    12,    13,    14,    15,    16,    17,    18,    19,    -1,
      21,    22,    -1,    24,    -1,    26,    27,    28,    -1,    30,
      31,    32,    33,    34,    35,    36,    37,    38,    39,    40,
      41,    -1,    43,    44,    45,    46,    47,    -1,    49,    -1,
      51,    -1,    53,    54,    -1,    -1,    57,     4,     5,     6,
      -1,    -1,    -1,    -1,    -1,    12,    13,    -1,    -1,    -1,
      17,    18,    19,    -1,    -1,    22,    -1,    24,    -1,    -1,
      -1,    28,    -1,    30,    31,    32,    33,    -1,    35,    36,
      37,    -1,    39,    -1,    41,    -1,    43,    -1,    -1,    46,
      47,    -1,    49,     4,     5,    -1,    53,    54,    -1,    -1,
      57,    12,    13,    -1,    -1,    -1,    17,    18,    19,    -1,
      -1,    22,    -1,    24,    -1,    -1,    -1,    28,    -1,    30,
      31,    32,    33,    -1,    35,    36,    37,    -1,    39,    -1,
      41,    -1,    43,    -1,    -1,    46,    47,    -1,    49,    -1,
      -1,    -1,    53,    54,     0,     1,    57,     3,     4,    -1,
      -1,    -1,    -1,     9,    10,    11,    12,    13,    -1,    -1,
      -1,    17,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    28,    -1,    -1,    -1,    -1,    -1,    34,    -1,
      36,    -1,    -1,    -1,    -1,    -1,    -1,    43,    44,    45,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    53
};

/* YYSTOS[STATE-NUM] -- The symbol kind of the accessing symbol of
   state STATE-NUM.  */
static const yytype_int8 yystos[] =
{
       0,    61,     0,     1,     3,     4,     9,    10,    11,    12,
      13,    17,    28,    34,    36,    43,    44,    45,    53,    62,
      63,     3,     6,     4,     5,    19,    43,    47,    52,    66,
      67,     4,     5,     6,     7,    12,    13,    14,    15,    16,
      17,    18,    19,    20,    21,    22,    23,    24,    25,    26,
      27,    28,    29,    30,    31,    32,    33,    34,    35,    36,
      37,    38,    39,    40,    41,    42,    43,    44,    45,    46,
      47,    48,    49,    50,    51,    53,    54,    55,    56,    57,
      58,    68,    70,    71,    73,    36,    39,    54,    14,    15,
      16,    21,    23,    25,    26,    27,    29,    34,    38,    40,
      42,    44,    45,    48,    50,    51,    55,    56,    58,    73,
      74,    74,    18,    74,    74,    13,    13,    36,    41,    55,
      30,    36,    41,    49,    55,    47,     3,    74,    74,     4,
      52,    67,     5,    70,     6,     6,    72,    73,    72,    72,
      74,    72,    72,    74,    74,    72,    69,    70,    71,    12,
      32,    74,     5,    24,    31,    46,    64,    22,    37,    52,
      57,    65,    13,    70,     4,    22,    57,    74,    13,    74,
      74,    74,     4,    74,    74,    74,    33,    35,    20,    74,
      70,    72,    74,    74,    34,     5,    67,    74,    74,    74,
      37,    52,    65,    22,    57,    74,    73,    64,    64,    74,
      52,    65,    70,     5,    67,    74,    74,    74,    67,    52,
      65,    70,    70,    67,    70
};

/* YYR1[RULE-NUM] -- Symbol kind of the left-hand side of rule RULE-NUM.  */
static const yytype_int8 yyr1[] =
{
       0,    60,    61,    61,    62,    62,    62,    63,    63,    63,
      63,    63,    63,    63,    63,    63,    63,    63,    63,    63,
      63,    63,    63,    63,    63,    63,    63,    63,    63,    63,
      63,    63,    63,    63,    63,    63,    63,    63,    63,    63,
      63,    63,    63,    63,    63,    63,    63,    63,    64,    64,
      65,    65,    65,    66,    66,    66,    66,    66,    66,    66,
      67,    67,    68,    68,    68,    68,    68,    68,    68,    68,
      68,    68,    69,    69,    70,    70,    71,    71,    71,    71,
      71,    71,    71,    71,    71,    71,    71,    71,    71,    71,
      71,    71,    72,    72,    73,    73,    73,    73,    73,    73,
      73,    73,    73,    73,    73,    73,    73,    73,    73,    73,
      73,    73,    73,    73,    73,    73,    73,    73,    73,    73,
      74,    74,    74,    74,    74,    74,    74,    74,    74,    74,
      74,    74,    74,    74,    74,    74,    74,    74,    74,    74,
      74,    74
};

/* YYR2[RULE-NUM] -- Number of symbols on the right-hand side of rule RULE-NUM.  */
static const yytype_int8 yyr2[] =
{
       0,     2,     0,     2,     1,     2,     2,     5,     7,     3,
       3,     5,     3,     6,     8,     4,     6,     5,     5,     4,
       4,     4,     3,     2,     3,     3,     3,     3,     4,     3,
       3,     4,     3,     2,     2,     3,     5,     5,     3,     3,
       5,     6,     3,     3,     3,     2,     3,     4,     1,     1,
       0,     1,     1,     2,     3,     1,     2,     2,     2,     3,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     0,     1,     1,     2,     1,     1,     1,     1,
       2,     2,     1,     1,     2,     2,     2,     2,     2,     2,
       2,     3,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1
};


enum { YYENOMEM = -2 };

#define yyerrok         (yyerrstatus = 0)
#define yyclearin       (yychar = CISCOY_EMPTY)

#define YYACCEPT        goto yyacceptlab
#define YYABORT         goto yyabortlab
#define YYERROR         goto yyerrorlab
#define YYNOMEM         goto yyexhaustedlab


#define YYRECOVERING()  (!!yyerrstatus)

#define YYBACKUP(Token, Value)                                    \
  do                                                              \
    if (yychar == CISCOY_EMPTY)                                        \
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
   Use CISCOY_error or CISCOY_UNDEF. */
#define YYERRCODE CISCOY_UNDEF

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
#if CISCOY_DEBUG

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

#  elif defined CISCOY_LTYPE_IS_TRIVIAL && CISCOY_LTYPE_IS_TRIVIAL

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
                       yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, yyscan_t scanner, struct cisco_ctx *ctx)
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
                 yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, yyscan_t scanner, struct cisco_ctx *ctx)
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
                 int yyrule, yyscan_t scanner, struct cisco_ctx *ctx)
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
#else /* !CISCOY_DEBUG */
# define YYDPRINTF(Args) ((void) 0)
# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)
# define YY_STACK_PRINT(Bottom, Top)
# define YY_REDUCE_PRINT(Rule)
#endif /* !CISCOY_DEBUG */


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
yyreport_syntax_error (const yypcontext_t *yyctx, yyscan_t scanner, struct cisco_ctx *ctx);

/*-----------------------------------------------.
| Release the memory associated to this symbol.  |
`-----------------------------------------------*/

static void
yydestruct (const char *yymsg,
            yysymbol_kind_t yykind, YYSTYPE *yyvaluep, YYLTYPE *yylocationp, yyscan_t scanner, struct cisco_ctx *ctx)
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
yyparse (yyscan_t scanner, struct cisco_ctx *ctx)
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
# if defined CISCOY_LTYPE_IS_TRIVIAL && CISCOY_LTYPE_IS_TRIVIAL
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

  yychar = CISCOY_EMPTY; /* Cause a token to be read.  */

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
  if (yychar == CISCOY_EMPTY)
    {
      YYDPRINTF ((stderr, "Reading a token\n"));
      yychar = yylex (&yylval, &yylloc, scanner);
    }

  if (yychar <= CISCOY_EOF)
    {
      yychar = CISCOY_EOF;
      yytoken = YYSYMBOL_YYEOF;
      YYDPRINTF ((stderr, "Now at end of input.\n"));
    }
  else if (yychar == CISCOY_error)
    {
      /* The scanner already issued an error message, process directly
         to error recovery.  But do not keep the error token as
         lookahead, it is too special and may lead us to an endless
         loop in error recovery. */
      yychar = CISCOY_UNDEF;
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
  yychar = CISCOY_EMPTY;
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
  case 6: /* line: error "end of line"  */
#line 150 "grammar/cisco.y"
                                        { yyerrok; }
#line 1571 "build-scan/gen/cisco.tab.c"
    break;

  case 7: /* cmd: "access-list" name acl_type action elems  */
#line 155 "grammar/cisco.y"
                { cisco_acl_entry(ctx, (yyvsp[-3].str), (yyvsp[-2].num), 0, -1, (yylsp[-3]), (yyvsp[-1].num), (yyvsp[0].elem), (yyloc)); }
#line 1577 "build-scan/gen/cisco.tab.c"
    break;

  case 8: /* cmd: "access-list" name "line" "number" acl_type action elems  */
#line 157 "grammar/cisco.y"
                { cisco_acl_line(ctx, num((yyvsp[-3].str)), (yylsp[-3])); cisco_acl_entry(ctx, (yyvsp[-5].str), (yyvsp[-2].num), 0, -1, (yylsp[-5]), (yyvsp[-1].num), (yyvsp[0].elem), (yyloc)); }
#line 1583 "build-scan/gen/cisco.tab.c"
    break;

  case 9: /* cmd: "access-list" name acl_type  */
#line 158 "grammar/cisco.y"
                                        { cisco_acl_begin(ctx, (yyvsp[-1].str), (yyvsp[0].num), (yyloc), BLOCK); }
#line 1589 "build-scan/gen/cisco.tab.c"
    break;

  case 10: /* cmd: "access-list" name "remark"  */
#line 159 "grammar/cisco.y"
                                        { cisco_acl_remark(ctx, (yyvsp[-1].str), 0, (yylsp[0])); }
#line 1595 "build-scan/gen/cisco.tab.c"
    break;

  case 11: /* cmd: "access-list" name "line" "number" "remark"  */
#line 161 "grammar/cisco.y"
                { cisco_acl_line(ctx, num((yyvsp[-1].str)), (yylsp[-1])); cisco_acl_remark(ctx, (yyvsp[-3].str), 0, (yylsp[0])); }
#line 1601 "build-scan/gen/cisco.tab.c"
    break;

  case 12: /* cmd: "no" "access-list" name  */
#line 162 "grammar/cisco.y"
                                        { cisco_acl_delete(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 1607 "build-scan/gen/cisco.tab.c"
    break;

  case 13: /* cmd: "no" "access-list" name acl_type action elems  */
#line 163 "grammar/cisco.y"
                                                    { cisco_acl_no_entry(ctx, (yyvsp[-3].str), (yyloc)); }
#line 1613 "build-scan/gen/cisco.tab.c"
    break;

  case 14: /* cmd: "no" "access-list" name "line" "number" acl_type action elems  */
#line 164 "grammar/cisco.y"
                                                                { cisco_acl_no_entry(ctx, (yyvsp[-5].str), (yyloc)); }
#line 1619 "build-scan/gen/cisco.tab.c"
    break;

  case 15: /* cmd: "no" "access-list" name "remark"  */
#line 165 "grammar/cisco.y"
                                        { cisco_acl_no_entry(ctx, (yyvsp[-1].str), (yyloc)); }
#line 1625 "build-scan/gen/cisco.tab.c"
    break;

  case 16: /* cmd: "no" "access-list" name "line" "number" "remark"  */
#line 166 "grammar/cisco.y"
                                                 { cisco_acl_no_entry(ctx, (yyvsp[-3].str), (yyloc)); }
#line 1631 "build-scan/gen/cisco.tab.c"
    break;

  case 17: /* cmd: "no" "ip" "access-list" "standard" name  */
#line 167 "grammar/cisco.y"
                                             { cisco_acl_delete(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 1637 "build-scan/gen/cisco.tab.c"
    break;

  case 18: /* cmd: "no" "ip" "access-list" "extended" name  */
#line 168 "grammar/cisco.y"
                                             { cisco_acl_delete(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 1643 "build-scan/gen/cisco.tab.c"
    break;

  case 19: /* cmd: "clear" "configure" "access-list" name  */
#line 169 "grammar/cisco.y"
                                           { cisco_acl_delete(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 1649 "build-scan/gen/cisco.tab.c"
    break;

  case 20: /* cmd: "ip" "access-list" "standard" name  */
#line 170 "grammar/cisco.y"
                                          { cisco_acl_begin(ctx, (yyvsp[0].str), CACL_STANDARD, (yyloc), BLOCK); }
#line 1655 "build-scan/gen/cisco.tab.c"
    break;

  case 21: /* cmd: "ip" "access-list" "extended" name  */
#line 171 "grammar/cisco.y"
                                          { cisco_acl_begin(ctx, (yyvsp[0].str), CACL_EXTENDED, (yyloc), BLOCK); }
#line 1661 "build-scan/gen/cisco.tab.c"
    break;

  case 22: /* cmd: "ip" "access-list" "word"  */
#line 172 "grammar/cisco.y"
                                        { cisco_acl_begin(ctx, (yyvsp[0].str), CACL_EXTENDED, (yyloc), BLOCK); }
#line 1667 "build-scan/gen/cisco.tab.c"
    break;

  case 24: /* cmd: "object" "network" name  */
#line 174 "grammar/cisco.y"
                                        { cisco_og_begin(ctx, COG_OBJNET, (yyvsp[0].str), NULL, (yyloc), BLOCK); }
#line 1673 "build-scan/gen/cisco.tab.c"
    break;

  case 25: /* cmd: "object" "service" name  */
#line 175 "grammar/cisco.y"
                                        { cisco_og_begin(ctx, COG_OBJSVC, (yyvsp[0].str), NULL, (yyloc), BLOCK); }
#line 1679 "build-scan/gen/cisco.tab.c"
    break;

  case 26: /* cmd: "object-group" "network" name  */
#line 176 "grammar/cisco.y"
                                        { cisco_og_begin(ctx, COG_NETWORK, (yyvsp[0].str), NULL, (yyloc), BLOCK); }
#line 1685 "build-scan/gen/cisco.tab.c"
    break;

  case 27: /* cmd: "object-group" "service" name  */
#line 177 "grammar/cisco.y"
                                        { cisco_og_begin(ctx, COG_SERVICE, (yyvsp[0].str), NULL, (yyloc), BLOCK); }
#line 1691 "build-scan/gen/cisco.tab.c"
    break;

  case 28: /* cmd: "object-group" "service" name word  */
#line 178 "grammar/cisco.y"
                                         { cisco_og_begin(ctx, COG_SERVICE, (yyvsp[-1].str), (yyvsp[0].str), (yyloc), BLOCK); }
#line 1697 "build-scan/gen/cisco.tab.c"
    break;

  case 29: /* cmd: "object-group" "protocol" name  */
#line 179 "grammar/cisco.y"
                                        { cisco_og_begin(ctx, COG_PROTOCOL, (yyvsp[0].str), NULL, (yyloc), BLOCK); }
#line 1703 "build-scan/gen/cisco.tab.c"
    break;

  case 30: /* cmd: "object-group" "icmp-type" name  */
#line 180 "grammar/cisco.y"
                                        { cisco_og_begin(ctx, COG_ICMP, (yyvsp[0].str), NULL, (yyloc), BLOCK); }
#line 1709 "build-scan/gen/cisco.tab.c"
    break;

  case 31: /* cmd: "object-group" "ip" "word" name  */
#line 181 "grammar/cisco.y"
                                        { cisco_og_begin_nxos(ctx, (yyvsp[-1].str), (yyvsp[0].str), (yyloc), BLOCK); }
#line 1715 "build-scan/gen/cisco.tab.c"
    break;

  case 32: /* cmd: "object line" ogwhat elems_opt  */
#line 182 "grammar/cisco.y"
                                        { cisco_og_item(ctx, BLOCK, (yyvsp[-1].str), (yyvsp[0].elem), (yyloc)); }
#line 1721 "build-scan/gen/cisco.tab.c"
    break;

  case 33: /* cmd: "object line" elems  */
#line 183 "grammar/cisco.y"
                                        { cisco_og_item(ctx, BLOCK, NULL, (yyvsp[0].elem), (yyloc)); }
#line 1727 "build-scan/gen/cisco.tab.c"
    break;

  case 34: /* cmd: "interface" name  */
#line 184 "grammar/cisco.y"
                                        { cisco_if_begin(ctx, (yyvsp[0].str), NULL, (yyloc), BLOCK); }
#line 1733 "build-scan/gen/cisco.tab.c"
    break;

  case 35: /* cmd: "interface" name elems  */
#line 185 "grammar/cisco.y"
                                        { cisco_if_begin(ctx, (yyvsp[-1].str), (yyvsp[0].elem), (yyloc), BLOCK); }
#line 1739 "build-scan/gen/cisco.tab.c"
    break;

  case 36: /* cmd: "interface line" "ip" "access-group" name dir  */
#line 186 "grammar/cisco.y"
                                             { cisco_if_acl(ctx, BLOCK, (yyvsp[-1].str), (yyvsp[0].num), (yyloc)); }
#line 1745 "build-scan/gen/cisco.tab.c"
    break;

  case 37: /* cmd: "interface line" "ip" "inspect" name dir  */
#line 187 "grammar/cisco.y"
                                        { cisco_if_inspect(ctx, BLOCK, (yyvsp[-1].str), (yyvsp[0].num), (yyloc)); }
#line 1751 "build-scan/gen/cisco.tab.c"
    break;

  case 38: /* cmd: "interface line" "nameif" name  */
#line 188 "grammar/cisco.y"
                                        { cisco_if_nameif(ctx, BLOCK, (yyvsp[0].str), (yylsp[0])); }
#line 1757 "build-scan/gen/cisco.tab.c"
    break;

  case 39: /* cmd: "interface line" "security-level" "number"  */
#line 189 "grammar/cisco.y"
                                        { cisco_if_level(ctx, BLOCK, (yyvsp[0].str), (yyloc)); }
#line 1763 "build-scan/gen/cisco.tab.c"
    break;

  case 40: /* cmd: "access-group" name dir "interface" name  */
#line 190 "grammar/cisco.y"
                                               { cisco_access_group(ctx, (yyvsp[-3].str), (yyvsp[-2].num), (yyvsp[0].str), (yyloc)); }
#line 1769 "build-scan/gen/cisco.tab.c"
    break;

  case 41: /* cmd: "access-group" name dir "interface" name name  */
#line 191 "grammar/cisco.y"
                                                    { cisco_access_group_cp(ctx, (yyvsp[0].str), (yylsp[0])); }
#line 1775 "build-scan/gen/cisco.tab.c"
    break;

  case 42: /* cmd: "access-group" name "global"  */
#line 192 "grammar/cisco.y"
                                        { cisco_access_group_global(ctx, (yyvsp[-1].str), (yyloc)); }
#line 1781 "build-scan/gen/cisco.tab.c"
    break;

  case 43: /* cmd: "same-security-traffic" "permit" "inter-interface"  */
#line 193 "grammar/cisco.y"
                                        { cisco_same_security(ctx, false, (yyloc)); }
#line 1787 "build-scan/gen/cisco.tab.c"
    break;

  case 44: /* cmd: "same-security-traffic" "permit" "intra-interface"  */
#line 194 "grammar/cisco.y"
                                        { cisco_same_security(ctx, true, (yyloc)); }
#line 1793 "build-scan/gen/cisco.tab.c"
    break;

  case 46: /* cmd: "word" "address" name  */
#line 196 "grammar/cisco.y"
                                        { cisco_name(ctx, (yyvsp[-2].str), (yyvsp[-1].str), (yyvsp[0].str), (yyloc)); }
#line 1799 "build-scan/gen/cisco.tab.c"
    break;

  case 47: /* cmd: "word" "address" name "description"  */
#line 197 "grammar/cisco.y"
                                        { cisco_name(ctx, (yyvsp[-3].str), (yyvsp[-2].str), (yyvsp[-1].str), (yyloc)); }
#line 1805 "build-scan/gen/cisco.tab.c"
    break;

  case 48: /* dir: "in"  */
#line 201 "grammar/cisco.y"
                                        { (yyval.num) = 0; }
#line 1811 "build-scan/gen/cisco.tab.c"
    break;

  case 49: /* dir: "out"  */
#line 202 "grammar/cisco.y"
                                        { (yyval.num) = 1; }
#line 1817 "build-scan/gen/cisco.tab.c"
    break;

  case 50: /* acl_type: %empty  */
#line 206 "grammar/cisco.y"
                                        { (yyval.num) = CACL_ANY; }
#line 1823 "build-scan/gen/cisco.tab.c"
    break;

  case 51: /* acl_type: "extended"  */
#line 207 "grammar/cisco.y"
                                        { (yyval.num) = CACL_EXTENDED; }
#line 1829 "build-scan/gen/cisco.tab.c"
    break;

  case 52: /* acl_type: "standard"  */
#line 208 "grammar/cisco.y"
                                        { (yyval.num) = CACL_STANDARD; }
#line 1835 "build-scan/gen/cisco.tab.c"
    break;

  case 53: /* acl_sub: action elems  */
#line 213 "grammar/cisco.y"
                                        { cisco_acl_entry(ctx, NULL, CACL_ANY, BLOCK, -1, (yylsp[-1]), (yyvsp[-1].num), (yyvsp[0].elem), (yyloc)); }
#line 1841 "build-scan/gen/cisco.tab.c"
    break;

  case 54: /* acl_sub: "number" action elems  */
#line 214 "grammar/cisco.y"
                                        { cisco_acl_entry(ctx, NULL, CACL_ANY, BLOCK, num((yyvsp[-2].str)), (yylsp[-2]), (yyvsp[-1].num), (yyvsp[0].elem), (yyloc)); }
#line 1847 "build-scan/gen/cisco.tab.c"
    break;

  case 55: /* acl_sub: "remark"  */
#line 215 "grammar/cisco.y"
                                        { cisco_acl_remark(ctx, NULL, BLOCK, (yylsp[0])); }
#line 1853 "build-scan/gen/cisco.tab.c"
    break;

  case 56: /* acl_sub: "number" "remark"  */
#line 216 "grammar/cisco.y"
                                        { cisco_acl_remark(ctx, NULL, BLOCK, (yylsp[0])); }
#line 1859 "build-scan/gen/cisco.tab.c"
    break;

  case 57: /* acl_sub: "no" "number"  */
#line 217 "grammar/cisco.y"
                                        { cisco_acl_no_seq(ctx, BLOCK, num((yyvsp[0].str)), (yylsp[0])); }
#line 1865 "build-scan/gen/cisco.tab.c"
    break;

  case 58: /* acl_sub: "word" name  */
#line 218 "grammar/cisco.y"
                                        { cisco_acl_entry(ctx, NULL, CACL_ANY, BLOCK, -1, (yylsp[-1]), true,
							  E(CE_WORD, (yyvsp[-1].str), (yyvsp[0].str), (yyloc)), (yyloc)); }
#line 1872 "build-scan/gen/cisco.tab.c"
    break;

  case 59: /* acl_sub: "number" "word" name  */
#line 220 "grammar/cisco.y"
                                        { cisco_acl_entry(ctx, NULL, CACL_ANY, BLOCK, num((yyvsp[-2].str)), (yylsp[-2]), true,
							  E(CE_WORD, (yyvsp[-1].str), (yyvsp[0].str), (yylsp[-1])), (yyloc)); }
#line 1879 "build-scan/gen/cisco.tab.c"
    break;

  case 60: /* action: "permit"  */
#line 225 "grammar/cisco.y"
                                        { (yyval.num) = 1; }
#line 1885 "build-scan/gen/cisco.tab.c"
    break;

  case 61: /* action: "deny"  */
#line 226 "grammar/cisco.y"
                                        { (yyval.num) = 0; }
#line 1891 "build-scan/gen/cisco.tab.c"
    break;

  case 72: /* elems_opt: %empty  */
#line 235 "grammar/cisco.y"
                                        { (yyval.elem) = NULL; }
#line 1897 "build-scan/gen/cisco.tab.c"
    break;

  case 75: /* elems: elems elem  */
#line 241 "grammar/cisco.y"
                                        { (yyval.elem) = cisco_elem_cat((yyvsp[-1].elem), (yyvsp[0].elem)); }
#line 1903 "build-scan/gen/cisco.tab.c"
    break;

  case 76: /* elem: word  */
#line 245 "grammar/cisco.y"
                                        { (yyval.elem) = E(CE_WORD, (yyvsp[0].str), NULL, (yylsp[0])); }
#line 1909 "build-scan/gen/cisco.tab.c"
    break;

  case 77: /* elem: "any"  */
#line 246 "grammar/cisco.y"
                                        { (yyval.elem) = E(CE_ANY, (yyvsp[0].str), NULL, (yylsp[0])); }
#line 1915 "build-scan/gen/cisco.tab.c"
    break;

  case 78: /* elem: "any4"  */
#line 247 "grammar/cisco.y"
                                        { (yyval.elem) = E(CE_ANY4, (yyvsp[0].str), NULL, (yylsp[0])); }
#line 1921 "build-scan/gen/cisco.tab.c"
    break;

  case 79: /* elem: "any6"  */
#line 248 "grammar/cisco.y"
                                        { (yyval.elem) = E(CE_ANY6, (yyvsp[0].str), NULL, (yylsp[0])); }
#line 1927 "build-scan/gen/cisco.tab.c"
    break;

  case 80: /* elem: "host" val  */
#line 249 "grammar/cisco.y"
                                        { (yyval.elem) = E(CE_HOST, (yyvsp[0].str), NULL, (yyloc)); }
#line 1933 "build-scan/gen/cisco.tab.c"
    break;

  case 81: /* elem: "address" "address"  */
#line 250 "grammar/cisco.y"
                                        { (yyval.elem) = E(CE_MASK, (yyvsp[-1].str), (yyvsp[0].str), (yyloc)); }
#line 1939 "build-scan/gen/cisco.tab.c"
    break;

  case 82: /* elem: "address"  */
#line 251 "grammar/cisco.y"
                                        { (yyval.elem) = E(CE_ADDR, (yyvsp[0].str), NULL, (yylsp[0])); }
#line 1945 "build-scan/gen/cisco.tab.c"
    break;

  case 83: /* elem: "prefix"  */
#line 252 "grammar/cisco.y"
                                        { (yyval.elem) = E(CE_PREFIX, (yyvsp[0].str), NULL, (yylsp[0])); }
#line 1951 "build-scan/gen/cisco.tab.c"
    break;

  case 84: /* elem: "object" name  */
#line 253 "grammar/cisco.y"
                                        { (yyval.elem) = E(CE_OBJECT, (yyvsp[0].str), NULL, (yyloc)); }
#line 1957 "build-scan/gen/cisco.tab.c"
    break;

  case 85: /* elem: "object-group" name  */
#line 254 "grammar/cisco.y"
                                        { (yyval.elem) = E(CE_GROUP, (yyvsp[0].str), NULL, (yyloc)); }
#line 1963 "build-scan/gen/cisco.tab.c"
    break;

  case 86: /* elem: "interface" name  */
#line 255 "grammar/cisco.y"
                                        { (yyval.elem) = E(CE_IFACE, (yyvsp[0].str), NULL, (yyloc)); }
#line 1969 "build-scan/gen/cisco.tab.c"
    break;

  case 87: /* elem: "eq" val  */
#line 256 "grammar/cisco.y"
                                        { (yyval.elem) = E(CE_EQ, (yyvsp[0].str), NULL, (yyloc)); }
#line 1975 "build-scan/gen/cisco.tab.c"
    break;

  case 88: /* elem: "neq" val  */
#line 257 "grammar/cisco.y"
                                        { (yyval.elem) = E(CE_NEQ, (yyvsp[0].str), NULL, (yyloc)); }
#line 1981 "build-scan/gen/cisco.tab.c"
    break;

  case 89: /* elem: "lt" val  */
#line 258 "grammar/cisco.y"
                                        { (yyval.elem) = E(CE_LT, (yyvsp[0].str), NULL, (yyloc)); }
#line 1987 "build-scan/gen/cisco.tab.c"
    break;

  case 90: /* elem: "gt" val  */
#line 259 "grammar/cisco.y"
                                        { (yyval.elem) = E(CE_GT, (yyvsp[0].str), NULL, (yyloc)); }
#line 1993 "build-scan/gen/cisco.tab.c"
    break;

  case 91: /* elem: "range" val val  */
#line 260 "grammar/cisco.y"
                                        { (yyval.elem) = E(CE_RANGE, (yyvsp[-1].str), (yyvsp[0].str), (yyloc)); }
#line 1999 "build-scan/gen/cisco.tab.c"
    break;


#line 2003 "build-scan/gen/cisco.tab.c"

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
  yytoken = yychar == CISCOY_EMPTY ? YYSYMBOL_YYEMPTY : YYTRANSLATE (yychar);
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

      if (yychar <= CISCOY_EOF)
        {
          /* Return failure if at end of input.  */
          if (yychar == CISCOY_EOF)
            YYABORT;
        }
      else
        {
          yydestruct ("Error: discarding",
                      yytoken, &yylval, &yylloc, scanner, ctx);
          yychar = CISCOY_EMPTY;
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
  if (yychar != CISCOY_EMPTY)
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

#line 283 "grammar/cisco.y"


/* "unexpected 'foo', expected ..." naming the token as written. */
static int yyreport_syntax_error(const yypcontext_t *yyctx, yyscan_t scanner,
				 struct cisco_ctx *ctx)
{
	enum { MAXEXP = 5 };
	yysymbol_kind_t exp[MAXEXP];
	yysymbol_kind_t tok = yypcontext_token(yyctx);
	int n = yypcontext_expected_tokens(yyctx, exp, MAXEXP);
	char what[200], buf[600];
	size_t len;

	if (tok == YYSYMBOL_LEXERR)
		return 0; /* the scanner has said what is wrong */
	if (tok == YYSYMBOL_YYEOF || tok == YYSYMBOL_NL)
		snprintf(what, sizeof what, "end of line");
	else if (tok == YYSYMBOL_SUB_ACL || tok == YYSYMBOL_SUB_OG || tok == YYSYMBOL_SUB_IF)
		snprintf(what, sizeof what, "indented line");
	else
		snprintf(what, sizeof what, "'%.60s'", ciscoy_get_text(scanner));
	len = (size_t)snprintf(buf, sizeof buf, "syntax error, unexpected %s", what);
	if (n > 0) {
		len += (size_t)snprintf(buf + len, sizeof buf - len, ", expected ");
		for (int i = 0; i < n && len < sizeof buf; i++)
			len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s",
						i == 0 ? "" : i == n - 1 ? " or " : ", ",
						yysymbol_name(exp[i]));
	}
	cisco_error(ctx, *yypcontext_location(yyctx), "%s", buf);
	return 0;
}
