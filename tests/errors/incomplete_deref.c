struct Opaque;
int f(struct Opaque *o) {
    return o->x;
}
int main(void) { return 0; }
