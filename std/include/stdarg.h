#ifndef _STDARG_H
#define _STDARG_H
#define __NEED_va_list
#include <__mica_types.h>
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) __builtin_va_end(ap)
#define va_copy(d, s) __builtin_va_copy(d, s)
#endif
