int main(void) {
    return 12xyz;
}
