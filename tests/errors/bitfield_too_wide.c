struct B { int f : 40; };
int main(void) { return 0; }
