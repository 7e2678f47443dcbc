/* x86_64 signals: the generic ones (runtime/generic), returning from handlers through a
   restorer: the runtime's __mica_sigreturn (SA_RESTORER). */
#ifndef _BITS_SIGNAL_X86_64_H
#define _BITS_SIGNAL_X86_64_H
#include_next <bits/signal.h>
#define __MICA_NEED_RESTORER 1
#endif
