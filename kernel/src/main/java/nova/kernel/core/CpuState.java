package nova.kernel.core;

/**
 * One simulated CPU's scheduler state (§2.3): a run queue per priority (circular intrusive lists,
 * a bitmap of non-empty levels), the current SC, the CPU's clock (see {@link Scheduler}), and the
 * timeout heap of ECs blocked with a deadline (§5.4.5).
 */
final class CpuState {
    static final int PRIOS = 128;

    final int id;
    final Sc[] heads = new Sc[PRIOS];
    long bits0, bits1;           // non-empty priority levels 0..63, 64..127
    Sc current;
    Sc idle;                     // the idle SC of this CPU (§6.1.3.1)
    long clock;                  // this CPU's STC (§3.1): grows with its work, catches up with events it receives
    long sliceEnd;               // when the current carrier must yield
    boolean resched;             // a higher-priority SC became ready
    int readyCount;

    // Timeout heap ordered by (deadline, seq)
    Ec[] heap = new Ec[16];
    int heapSize;

    CpuState(int id) {
        this.id = id;
    }

    void enqueueTail(Sc sc) {
        insert(sc, false);
    }

    void enqueueHead(Sc sc) {
        insert(sc, true);
    }

    private void insert(Sc sc, boolean atHead) {
        int p = sc.prio;
        Sc h = heads[p];
        if (h == null) {
            sc.prev = sc.next = sc;
            heads[p] = sc;
            if (p < 64) bits0 |= 1L << p;
            else bits1 |= 1L << (p - 64);
        } else {
            Sc last = h.prev;
            sc.next = h;
            sc.prev = last;
            last.next = sc;
            h.prev = sc;
            if (atHead) heads[p] = sc;
        }
        sc.state = Sc.State.READY;
        readyCount++;
    }

    void remove(Sc sc) {
        int p = sc.prio;
        if (sc.next == sc) {
            heads[p] = null;
            if (p < 64) bits0 &= ~(1L << p);
            else bits1 &= ~(1L << (p - 64));
        } else {
            sc.prev.next = sc.next;
            sc.next.prev = sc.prev;
            if (heads[p] == sc) heads[p] = sc.next;
        }
        sc.prev = sc.next = null;
        readyCount--;
    }

    /** The highest-priority ready SC (head of its level), or null. */
    Sc highest() {
        if (bits1 != 0) return heads[127 - Long.numberOfLeadingZeros(bits1)];
        if (bits0 != 0) return heads[63 - Long.numberOfLeadingZeros(bits0)];
        return null;
    }

    // ---- timeouts --------------------------------------------------------------------------

    static boolean before(Ec a, Ec b) {
        return a.deadline != b.deadline ? Long.compareUnsigned(a.deadline, b.deadline) < 0 : a.timeoutSeq < b.timeoutSeq;
    }

    void addTimeout(Ec e) {
        if (heapSize == heap.length) heap = java.util.Arrays.copyOf(heap, heapSize * 2);
        heap[heapSize] = e;
        e.heapIdx = heapSize++;
        siftUp(e.heapIdx);
    }

    void removeTimeout(Ec e) {
        int i = e.heapIdx;
        if (i < 0) return;
        e.heapIdx = -1;
        Ec last = heap[--heapSize];
        heap[heapSize] = null;
        if (i < heapSize) {
            heap[i] = last;
            last.heapIdx = i;
            siftUp(i);
            siftDown(last.heapIdx);
        }
    }

    /** Earliest deadline, or -1 (unsigned max) when none. */
    long earliestTimeout() {
        return heapSize == 0 ? -1L : heap[0].deadline;
    }

    Ec firstTimeout() {
        return heapSize == 0 ? null : heap[0];
    }

    private void siftUp(int i) {
        Ec e = heap[i];
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (!before(e, heap[p])) break;
            heap[i] = heap[p];
            heap[i].heapIdx = i;
            i = p;
        }
        heap[i] = e;
        e.heapIdx = i;
    }

    private void siftDown(int i) {
        Ec e = heap[i];
        for (;;) {
            int c = 2 * i + 1;
            if (c >= heapSize) break;
            if (c + 1 < heapSize && before(heap[c + 1], heap[c])) c++;
            if (!before(heap[c], e)) break;
            heap[i] = heap[c];
            heap[i].heapIdx = i;
            i = c;
        }
        heap[i] = e;
        e.heapIdx = i;
    }
}
