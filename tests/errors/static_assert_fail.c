_Static_assert(sizeof(int) == 2, "int must be 16 bits");
int main(void) { return 0; }
