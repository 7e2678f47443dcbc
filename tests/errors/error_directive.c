#define V 3
#if V > 2
#error version too new
#endif
int main(void) { return 0; }
