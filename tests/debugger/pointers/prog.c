/* Pointers: to scalars, to structs (p->field, *p), to pointers, to arrays, arrays of
   pointers, void pointers, a linked list walked in the debugger, pointer arithmetic. */
#include <stddef.h>

struct node {
    int value;
    struct node *next;
};

struct holder {
    int *ip;
    struct node **link;
    int (*row)[3];
    void *opaque;
    const char *label;
};

static int sum_list(const struct node *head)
{
    int total = 0;
    const struct node *p = head;
    while (p != NULL) {
        total += p->value;
        p = p->next;
    }
    return total;
}

int main(void)
{
    struct node c = { 30, NULL };
    struct node b = { 20, &c };
    struct node a = { 10, &b };
    struct node *head = &a;
    struct node **headp = &head;
    int number = 7;
    int *ip = &number;
    int **ipp = &ip;
    int grid[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
    int (*rowp)[3] = &grid[1];
    int *ptrs[3] = { &grid[0][0], &number, NULL };
    struct holder h = { &number, &head, grid, &c, "holder" };
    int total;
    *ip += 1;
    total = sum_list(head);
    return total + number == 68 ? 0 : 1;
}
