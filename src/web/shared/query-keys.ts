// Query keys shared by more than one feature, so a change in one (e.g. a new network) refreshes the other's view.
export const adminNetworksQueryKey = ['admin', 'networks'] as const;
