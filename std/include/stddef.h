#ifndef _STDDEF_H
#define _STDDEF_H
#define __NEED_size_t
#define __NEED_ptrdiff_t
#define __NEED_wchar_t
#include <__mica_types.h>
#ifndef NULL
#define NULL ((void *)0)
#endif
#define offsetof(type, member) __builtin_offsetof(type, member)
typedef struct {
	long long __mica_ll;
	long double __mica_ld;
} max_align_t;
#endif
