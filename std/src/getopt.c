/* getopt (POSIX), in its own file: optarg, optind... are common names. */
#include <unistd.h>
#include <string.h>
#include <stdio.h>

char *optarg;
int optind = 1, opterr = 1, optopt;
static int optpos;

int getopt(int argc, char *const argv[], const char *opts)
{
	const char *arg, *o;
	int c;
	if (optind == 0) {
		optind = 1;
		optpos = 0;
	}
	if (optind >= argc || !argv[optind])
		return -1;
	arg = argv[optind];
	if (!optpos) {
		if (arg[0] != '-' || !arg[1])
			return -1;
		if (arg[1] == '-' && !arg[2]) {
			optind++;
			return -1;
		}
		optpos = 1;
	}
	c = (unsigned char)arg[optpos++];
	o = (c == ':') ? 0 : strchr(opts, c);
	if (!arg[optpos]) {
		optind++;
		optpos = 0;
	}
	if (!o) {
		optopt = c;
		if (opterr && *opts != ':')
			fprintf(stderr, "%s: invalid option -- '%c'\n", argv[0], c);
		return '?';
	}
	if (o[1] == ':') {
		if (optpos) {
			optarg = (char *)arg + optpos;
			optind++;
			optpos = 0;
		} else if (o[2] == ':') {
			optarg = 0;
		} else if (optind < argc) {
			optarg = argv[optind++];
		} else {
			optopt = c;
			if (*opts == ':')
				return ':';
			if (opterr)
				fprintf(stderr, "%s: option requires an argument -- '%c'\n", argv[0], c);
			return '?';
		}
	}
	return c;
}

