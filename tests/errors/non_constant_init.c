int f(void) { return 3; }
int g = f();
int main(void) { return g; }
