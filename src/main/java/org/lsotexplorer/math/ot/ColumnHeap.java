package org.lsotexplorer.math.ot;

import java.util.Arrays;

/**
 * Binary min-heap of column indices keyed by an external distance array, with decrease-key: the priority queue
 * of the Dijkstra search in {@link ShortestAugmentingPath}. Keys must only decrease while a column is queued.
 */
final class ColumnHeap {
    private final double[] key;
    private final int[] heap;
    private final int[] position;
    private int size;

    ColumnHeap(double[] key) {
        this.key = key;
        this.heap = new int[key.length];
        this.position = new int[key.length];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Empties the heap in O(size). */
    void clear() {
        for (int k = 0; k < size; k++) {
            position[heap[k]] = -1;
        }
        size = 0;
    }

    /** Inserts column j, or restores heap order after its key decreased. */
    void pushOrDecrease(int j) {
        int k = position[j];
        if (k < 0) {
            k = size++;
            heap[k] = j;
            position[j] = k;
        }
        siftUp(k);
    }

    /** Removes and returns a column of least key. */
    int pop() {
        int top = heap[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            int last = heap[size];
            heap[0] = last;
            position[last] = 0;
            siftDown(0);
        }
        return top;
    }

    private void siftUp(int k) {
        int j = heap[k];
        double kj = key[j];
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            int p = heap[parent];
            if (key[p] <= kj) {
                break;
            }
            heap[k] = p;
            position[p] = k;
            k = parent;
        }
        heap[k] = j;
        position[j] = k;
    }

    private void siftDown(int k) {
        int j = heap[k];
        double kj = key[j];
        while (true) {
            int child = 2 * k + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && key[heap[child + 1]] < key[heap[child]]) {
                child++;
            }
            int cj = heap[child];
            if (kj <= key[cj]) {
                break;
            }
            heap[k] = cj;
            position[cj] = k;
            k = child;
        }
        heap[k] = j;
        position[j] = k;
    }
}
