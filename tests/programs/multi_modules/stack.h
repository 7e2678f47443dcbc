#ifndef STACK_H
#define STACK_H
#include <stddef.h>
typedef struct stack stack;          /* opaque type */
stack *stack_new(void);
void stack_free(stack *s);
void stack_push(stack *s, long v);
long stack_pop(stack *s);
size_t stack_size(const stack *s);
#endif
