#ifndef NOTIFYGUARD_ALLOCATION_COUNTER_H
#define NOTIFYGUARD_ALLOCATION_COUNTER_H

// Counts heap allocations for the core benchmark. Linked into notifyguard-bench only, never into notifyguard:
// the .c file defines malloc and friends, which interposes them for the whole benchmark process.

/// Starts counting from zero (calls made while counting is off are not counted).
void ng_allocations_start(void);
/// Stops counting and returns the number of malloc/calloc/realloc/aligned allocations since the start.
unsigned long ng_allocations_stop(void);

#endif
