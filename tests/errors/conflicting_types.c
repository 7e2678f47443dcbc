int f(int a);
long f(int a) { return a; }
int main(void) { return 0; }
