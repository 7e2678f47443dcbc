int main(void) {
    int a = 1;
    a + 1 = 3;
    return a;
}
