struct S { int a; };
int main(void) {
    struct S s = {1};
    return s + 1;
}
