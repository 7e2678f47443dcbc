#ifndef PLUGIN_H
#define PLUGIN_H
struct plugin { const char *name; int (*transform)(int); struct plugin *next; };
void register_plugin(struct plugin *p);
int run_all(int v);
extern struct plugin doubler, squarer, negator;
#endif
