/* erf, erfc, tgamma, lgamma: series, continued fractions and Lanczos'
   approximation (accurate to a few ulp, not to 1 ulp). */
#include "math_internal.h"

int signgam;

static const double sqrtpi_inv2 = 1.1283791670955126; /* 2/sqrt(pi) */

/* erfc(x) for x >= 2 by a continued fraction */
static double erfc_cf(double x)
{
	double f, C, D, delta, b;
	int i;
	/* erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...)))) via Lentz */
	b = x;
	f = b;
	C = b;
	D = 0;
	for (i = 1; i < 20000; i++) {
		double a = i * 0.5;
		D = x + a * D;
		if (D == 0)
			D = 1e-300;
		C = x + a / C;
		if (C == 0)
			C = 1e-300;
		D = 1.0 / D;
		delta = C * D;
		f *= delta;
		if (fabs(delta - 1.0) < 1e-16)
			break;
	}
	return exp(-x * x) / f * 0.5641895835477563; /* 1/sqrt(pi) */
}

static double erf_series(double x)
{
	double sum = x, term = x, x2 = x * x;
	int n;
	for (n = 1; n < 200; n++) {
		term *= -x2 / n;
		sum += term / (2 * n + 1);
		if (fabs(term) < 1e-18 * fabs(sum))
			break;
	}
	return sum * sqrtpi_inv2;
}

double erf(double x)
{
	double ax = fabs(x);
	if (isnan(x))
		return x + x;
	if (ax < 2.0)
		return erf_series(x);
	if (ax > 6.0)
		return x > 0 ? 1.0 : -1.0;
	return x > 0 ? 1.0 - erfc_cf(ax) : erfc_cf(ax) - 1.0;
}

double erfc(double x)
{
	if (isnan(x))
		return x + x;
	if (x < 0.5)
		return 1.0 - erf(x);
	if (x < 2.0) {
		/* integrate erfc' with the series of erf around 0 is inaccurate here:
		   use the continued fraction with more terms (converges for x > 0) */
		return erfc_cf(x);
	}
	if (x > 27.3)
		return __mica_math_err(0.0, ERANGE);
	return erfc_cf(x);
}

/* Lanczos approximation, g = 7, n = 9 */
static const double lanczos[] = {
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
	-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
	1.5056327351493116e-7,
};

static double gamma_pos(double x) /* x >= 0.5 */
{
	double a = lanczos[0], t;
	int i;
	x -= 1;
	for (i = 1; i < 9; i++)
		a += lanczos[i] / (x + i);
	t = x + 7.5;
	if (x > 140) {
		/* t^(x+1/2) would overflow: split it */
		double h = pow(t, 0.5 * (x + 0.5));
		return 2.5066282746310002 * h * exp(-t) * h * a;
	}
	return 2.5066282746310002 * pow(t, x + 0.5) * exp(-t) * a;
}

double tgamma(double x)
{
	if (isnan(x))
		return x + x;
	if (x == 0)
		return __mica_math_err(copysign(__builtin_huge_val(), x), ERANGE);
	if (isinf(x))
		return x > 0 ? x : __mica_math_err(__builtin_nan(""), EDOM);
	if (x < 0 && x == floor(x))
		return __mica_math_err(__builtin_nan(""), EDOM);
	if (x > 171.7)
		return __mica_math_err(__builtin_huge_val(), ERANGE);
	if (x == floor(x)) {
		/* (x-1)! as a double-double product: correctly rounded in practice */
		double h = 1, l = 0, ph, pl;
		int i;
		for (i = 2; i < (int)x; i++) {
			two_prod(h, (double)i, &ph, &pl);
			pl += l * i;
			fast_two_sum(ph, pl, &h, &l);
		}
		return h + l;
	}
	if (x < 0.5)
		return 3.141592653589793 / (sin(3.141592653589793 * x) * gamma_pos(1 - x));
	return gamma_pos(x);
}

double lgamma(double x)
{
	double ax = fabs(x);
	signgam = 1;
	if (isnan(x))
		return x + x;
	if (isinf(x))
		return __builtin_huge_val();
	if (x <= 0 && x == floor(x))
		return __mica_math_err(__builtin_huge_val(), ERANGE);
	if (x == 1 || x == 2)
		return 0;
	if (ax < 1e-300)
		return -log(ax);
	if (x < 0.5) {
		double s = sin(3.141592653589793 * x);
		if (s < 0)
			signgam = -1;
		return log(3.141592653589793 / fabs(s)) - lgamma(1 - x);
	}
	if (x < 15) {
		double g = gamma_pos(x);
		return log(g);
	}
	{
		/* Stirling series */
		double z = 1.0 / (x * x);
		double series = (1.0 / 12 + z * (-1.0 / 360 + z * (1.0 / 1260 + z * (-1.0 / 1680 + z * (1.0 / 1188))))) / x;
		return (x - 0.5) * log(x) - x + 0.91893853320467274178 + series;
	}
}
