/** The hybrid logical clock lives in the protocol shared with the hub. */
export * from '../../src-hub/protocol/hlc';
