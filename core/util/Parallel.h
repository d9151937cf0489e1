#pragma once

#include <QtGlobal>

#include <algorithm>
#include <functional>
#include <thread>
#include <vector>

namespace suyuan {

inline int workerCount()
{
    return std::max(1u, std::thread::hardware_concurrency());
}

// Runs fn(begin, end) over contiguous slices of [0, n) on every core; the calling thread
// takes the first slice. Returns when all slices are done.
inline void parallelFor(qsizetype n, const std::function<void(qsizetype, qsizetype)>& fn, int threads = 0)
{
    if (threads <= 0) {
        threads = workerCount();
    }
    threads = static_cast<int>(std::min<qsizetype>(threads, std::max<qsizetype>(1, n)));
    if (threads <= 1) {
        fn(0, n);
        return;
    }
    std::vector<std::thread> pool;
    const qsizetype step = (n + threads - 1) / threads;
    for (int t = 1; t < threads; ++t) {
        const qsizetype begin = std::min(n, step * t);
        const qsizetype end = std::min(n, begin + step);
        pool.emplace_back([&fn, begin, end] { fn(begin, end); });
    }
    fn(0, std::min(n, step));
    for (auto& th : pool) {
        th.join();
    }
}

} // namespace suyuan
