package org.lsotexplorer.data;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Receives an HTTP response body one list of buffers at a time (back-pressure: one outstanding request) and hands
 * it to the reading thread through a queue that is polled with a timeout, so that the reader can notice
 * cancellation and stalls instead of blocking in a read. Items are {@code List<ByteBuffer>}, a {@code Throwable}
 * (the transfer failed) or {@link #DONE}.
 */
final class BodyQueue implements Flow.Subscriber<List<ByteBuffer>> {
    static final Object DONE = new Object();
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (cancelled) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        queue.add(item);
    }

    @Override
    public void onError(Throwable t) {
        queue.add(t);
    }

    @Override
    public void onComplete() {
        queue.add(DONE);
    }

    Object poll() {
        try {
            return queue.poll(ResumableFetch.POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new CancellationException("interrupted");
        }
    }

    void requestMore() {
        subscription.request(1);
    }

    void cancel() {
        cancelled = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
