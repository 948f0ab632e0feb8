"""Many documents: record types, the local process pool and its worker, resume, progress, the
run's report, input listing. Knows nothing about Chinese text."""
