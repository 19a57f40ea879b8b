#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

namespace Ferry::Net {

// A QThread running one worker object (a FileReadWorker or FileWriteWorker). The worker lives
// and dies on the thread; destroying this ends the thread after the worker's current call.
template<typename Worker> class WorkerThread
{
public:
    WorkerThread() : m_worker(new Worker)
    {
        m_worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start();
    }
    ~WorkerThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    Worker *worker() const { return m_worker; }

private:
    QThread m_thread;
    QPointer<Worker> m_worker;
};

} // namespace Ferry::Net
