#ifndef _INTTYPES_H
#define _INTTYPES_H
#include <stdint.h>
#define __NEED_wchar_t
#include <__mica_types.h>

/* length modifier for each exact-width type, chosen by comparing limits */
#if __INT64_MAX__ == __LONG_MAX__
#define __PRI64 "l"
#else
#define __PRI64 "ll"
#endif
#if __INTPTR_MAX__ == __LONG_MAX__
#define __PRIPTR "l"
#elif __INTPTR_MAX__ == __INT_MAX__
#define __PRIPTR ""
#else
#define __PRIPTR "ll"
#endif
#if __INTMAX_MAX__ == __LONG_MAX__
#define __PRIMAX "l"
#else
#define __PRIMAX "ll"
#endif
#if __INT_FAST16_MAX__ == __LONG_MAX__
#define __PRIFAST16 "l"
#else
#define __PRIFAST16 ""
#endif
#if __INT_FAST32_MAX__ == __LONG_MAX__
#define __PRIFAST32 "l"
#else
#define __PRIFAST32 ""
#endif

#define PRId8 "d"
#define PRId16 "d"
#define PRId32 "d"
#define PRId64 __PRI64 "d"
#define PRIdLEAST8 "d"
#define PRIdLEAST16 "d"
#define PRIdLEAST32 "d"
#define PRIdLEAST64 __PRI64 "d"
#define PRIdFAST8 "d"
#define PRIdFAST16 __PRIFAST16 "d"
#define PRIdFAST32 __PRIFAST32 "d"
#define PRIdFAST64 __PRI64 "d"
#define PRIdMAX __PRIMAX "d"
#define PRIdPTR __PRIPTR "d"

#define PRIi8 "i"
#define PRIi16 "i"
#define PRIi32 "i"
#define PRIi64 __PRI64 "i"
#define PRIiLEAST8 "i"
#define PRIiLEAST16 "i"
#define PRIiLEAST32 "i"
#define PRIiLEAST64 __PRI64 "i"
#define PRIiFAST8 "i"
#define PRIiFAST16 __PRIFAST16 "i"
#define PRIiFAST32 __PRIFAST32 "i"
#define PRIiFAST64 __PRI64 "i"
#define PRIiMAX __PRIMAX "i"
#define PRIiPTR __PRIPTR "i"

#define PRIo8 "o"
#define PRIo16 "o"
#define PRIo32 "o"
#define PRIo64 __PRI64 "o"
#define PRIoLEAST8 "o"
#define PRIoLEAST16 "o"
#define PRIoLEAST32 "o"
#define PRIoLEAST64 __PRI64 "o"
#define PRIoFAST8 "o"
#define PRIoFAST16 __PRIFAST16 "o"
#define PRIoFAST32 __PRIFAST32 "o"
#define PRIoFAST64 __PRI64 "o"
#define PRIoMAX __PRIMAX "o"
#define PRIoPTR __PRIPTR "o"

#define PRIu8 "u"
#define PRIu16 "u"
#define PRIu32 "u"
#define PRIu64 __PRI64 "u"
#define PRIuLEAST8 "u"
#define PRIuLEAST16 "u"
#define PRIuLEAST32 "u"
#define PRIuLEAST64 __PRI64 "u"
#define PRIuFAST8 "u"
#define PRIuFAST16 __PRIFAST16 "u"
#define PRIuFAST32 __PRIFAST32 "u"
#define PRIuFAST64 __PRI64 "u"
#define PRIuMAX __PRIMAX "u"
#define PRIuPTR __PRIPTR "u"

#define PRIx8 "x"
#define PRIx16 "x"
#define PRIx32 "x"
#define PRIx64 __PRI64 "x"
#define PRIxLEAST8 "x"
#define PRIxLEAST16 "x"
#define PRIxLEAST32 "x"
#define PRIxLEAST64 __PRI64 "x"
#define PRIxFAST8 "x"
#define PRIxFAST16 __PRIFAST16 "x"
#define PRIxFAST32 __PRIFAST32 "x"
#define PRIxFAST64 __PRI64 "x"
#define PRIxMAX __PRIMAX "x"
#define PRIxPTR __PRIPTR "x"

#define PRIX8 "X"
#define PRIX16 "X"
#define PRIX32 "X"
#define PRIX64 __PRI64 "X"
#define PRIXLEAST8 "X"
#define PRIXLEAST16 "X"
#define PRIXLEAST32 "X"
#define PRIXLEAST64 __PRI64 "X"
#define PRIXFAST8 "X"
#define PRIXFAST16 __PRIFAST16 "X"
#define PRIXFAST32 __PRIFAST32 "X"
#define PRIXFAST64 __PRI64 "X"
#define PRIXMAX __PRIMAX "X"
#define PRIXPTR __PRIPTR "X"

#define SCNd8 "hhd"
#define SCNd16 "hd"
#define SCNd32 "d"
#define SCNd64 __PRI64 "d"
#define SCNdMAX __PRIMAX "d"
#define SCNdPTR __PRIPTR "d"
#define SCNi8 "hhi"
#define SCNi16 "hi"
#define SCNi32 "i"
#define SCNi64 __PRI64 "i"
#define SCNiMAX __PRIMAX "i"
#define SCNiPTR __PRIPTR "i"
#define SCNu8 "hhu"
#define SCNu16 "hu"
#define SCNu32 "u"
#define SCNu64 __PRI64 "u"
#define SCNuMAX __PRIMAX "u"
#define SCNuPTR __PRIPTR "u"
#define SCNo8 "hho"
#define SCNo16 "ho"
#define SCNo32 "o"
#define SCNo64 __PRI64 "o"
#define SCNoMAX __PRIMAX "o"
#define SCNoPTR __PRIPTR "o"
#define SCNx8 "hhx"
#define SCNx16 "hx"
#define SCNx32 "x"
#define SCNx64 __PRI64 "x"
#define SCNxMAX __PRIMAX "x"
#define SCNxPTR __PRIPTR "x"

typedef struct { intmax_t quot, rem; } imaxdiv_t;
intmax_t imaxabs(intmax_t);
imaxdiv_t imaxdiv(intmax_t, intmax_t);
intmax_t strtoimax(const char *restrict, char **restrict, int);
uintmax_t strtoumax(const char *restrict, char **restrict, int);
#endif
