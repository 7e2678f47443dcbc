#ifndef EVENTS_H
#define EVENTS_H
typedef void (*handler_fn)(int event, void *ctx);
struct subscription { int event; handler_fn fn; void *ctx; };
void subscribe(int event, handler_fn fn, void *ctx);
int publish(int event);
void register_logger(void);
void register_counter(int *counter);
#endif
