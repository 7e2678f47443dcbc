struct Never;
int main(void) {
    return (int)sizeof(struct Never);
}
