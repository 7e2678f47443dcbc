/* x86_64 open flags and fcntl commands: the asm-generic ones. */
#ifndef _BITS_FCNTL_H
#define _BITS_FCNTL_H
#include <bits/fcntl-generic.h>
#endif
