struct A { int a; };
struct B { int a; };
int main(void) {
    struct A a = {1};
    struct B b;
    b = a;
    return b.a;
}
