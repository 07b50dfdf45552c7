package org.perfbook.pipeline;

/** Hooks for a progress display: how many steps a job will take, and one tick per step done. */
public interface Progress {

    /** For runs nobody watches: tests, pipes, logs. */
    Progress NONE = new Progress() {
        @Override
        public void total(long n) {
        }

        @Override
        public void step() {
        }
    };

    void total(long n);

    void step();
}
