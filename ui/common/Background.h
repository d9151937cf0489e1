#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace suyuan::ui {

// Runs work() on the global thread pool, then done(result) on context's thread through
// its event loop (never a nested one). If context is destroyed first, done is not called
// and the result is dropped by the worker. The returned future lets an owner that shares
// state with the work wait for it before that state goes away.
template <typename Work, typename Done> auto runInBackground(QObject* context, Work work, Done done)
{
    using R = std::invoke_result_t<Work&>;
    auto* watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->future().takeResult());
                     });
    QFuture<R> future = QtConcurrent::run(std::move(work));
    watcher->setFuture(future);
    return future;
}

} // namespace suyuan::ui
