#ifndef CONFIG_H
#define CONFIG_H
#define FEATURE_LOGGING 1
#define BUFFER_SIZE 64
#define VERSION_MAJOR 2
#define VERSION_MINOR 7
#define VERSION_STR_(a, b) #a "." #b
#define VERSION_STR(a, b) VERSION_STR_(a, b)
#include "util.h"
#endif
