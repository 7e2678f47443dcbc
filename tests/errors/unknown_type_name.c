int main(void) {
    return 0;
}
widget w;
