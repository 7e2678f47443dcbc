/* A sorted linked list on the heap: what a person would do to find out why a list is built
   the way it is (display, conditional breakpoints, watch -location, walking the list). */
#include <stdlib.h>

struct item {
    int key;
    char tag;
    struct item *next;
};

static struct item *make(int key, char tag)
{
    struct item *it = malloc(sizeof *it);
    it->key = key;
    it->tag = tag;
    it->next = NULL;
    return it;
}

static struct item *insert(struct item *head, struct item *it)
{
    struct item **link = &head;
    while (*link != NULL && (*link)->key < it->key)
        link = &(*link)->next;
    it->next = *link;
    *link = it;
    return head;
}

static int length(const struct item *p)
{
    int n = 0;
    for (; p; p = p->next)
        n++;
    return n;
}

int main(void)
{
    static const int keys[] = { 40, 10, 30, 20, 50 };
    struct item *head = NULL;
    for (int i = 0; i < 5; i++) {
        struct item *it = make(keys[i], (char)('a' + i));
        head = insert(head, it);
    }
    int n = length(head);
    int first = head->key, last = head->next->next->next->next->key;
    while (head) {
        struct item *next = head->next;
        free(head);
        head = next;
    }
    return n == 5 && first == 10 && last == 50 ? 0 : 1;
}
