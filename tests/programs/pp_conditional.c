#include <stdio.h>
#include <limits.h>

#define FEATURE_A
#define LEVEL 3
#define ZERO 0
#define EXPR (LEVEL * 2 + 1)

int main(void) {
#if defined(FEATURE_A) && !defined(FEATURE_B)
    printf("A and not B\n");
#endif
#if defined FEATURE_A || defined(NOPE)
    printf("defined without parens\n");
#endif
#if LEVEL > 2
    printf("level > 2\n");
#elif LEVEL > 1
    printf("level > 1\n");
#else
    printf("level low\n");
#endif
#if LEVEL == 1
    printf("one\n");
#elif LEVEL == 2
    printf("two\n");
#elif LEVEL == 3
    printf("three\n");
#else
    printf("other\n");
#endif
#if EXPR == 7 && EXPR % 4 == 3 && (EXPR << 2) == 28 && (EXPR ^ 5) == 2
    printf("arithmetic ok\n");
#endif
#if UNDEFINED_IDENT == 0
    printf("undefined identifiers are 0\n");
#endif
#if ZERO
    printf("wrong\n");
#elif !ZERO
    printf("not zero\n");
#endif
#if -1 < 0
    printf("signed compare\n");
#endif
#if -1 > 0u
    printf("unsigned: -1 > 0u in #if\n");
#endif
#if 0xFFFFFFFFFFFFFFFF == -1
    printf("intmax wraps: all ones equals -1\n");
#endif
#if (2 || 1 / 0)
    printf("short circuit avoids division by zero\n");
#endif
#if 1 ? 2 : (1 / 0)
    printf("conditional operator\n");
#endif
#if 'A' == 65 && '\n' == 10
    printf("character constants\n");
#endif
#if INT_MAX == 2147483647 && LONG_MAX > INT_MAX
    printf("limits usable in #if\n");
#endif
#if (7 / 2) == 3 && (-7 / 2) == -3 && (-7 % 2) == -1
    printf("division truncates\n");
#endif
#if 0
    #error this must be skipped
    garbage tokens @ $ that are skipped
#if nested_skipped
#else
#endif
#endif
#ifndef FEATURE_B
#define FEATURE_B 5
#endif
#if FEATURE_B == 5
    printf("FEATURE_B defined now\n");
#endif
#undef FEATURE_A
#ifdef FEATURE_A
    printf("wrong\n");
#else
    printf("FEATURE_A undefined\n");
#endif
#if defined(LEVEL)
#  if LEVEL >= 3
#    if defined(EXPR) && EXPR > 6
    printf("nested conditionals\n");
#    endif
#  endif
#endif
#define IS_DEF defined(LEVEL)
    int count = 0;
#if 1
    count += 1;
#  if 0
    count += 10;
#  elif 1
    count += 100;
#  endif
#elif 1
    count += 1000;
#endif
    printf("count=%d\n", count);
#if (1 << 62) > 0 && (0x7fffffffffffffff + 0) > 0
    printf("64-bit preprocessor arithmetic\n");
#endif
#if ~0u == 0xffffffffffffffff
    printf("~0u is uintmax all ones\n");
#endif
    return 0;
}
