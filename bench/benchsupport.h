#pragma once

// What the in-process benchmarks share: the median of runs and one printed line per measurement.
#include <QElapsedTimer>
#include <QVector>

#include <algorithm>
#include <cstdio>

namespace akkoord::bench {

inline double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// "name milliseconds", as bench/run reads it.
inline void report(const char *name, double ms)
{
    std::printf("%s %.3f\n", name, ms);
    std::fflush(stdout);
}

} // namespace akkoord::bench
