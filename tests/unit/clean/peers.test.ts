import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cleanMessage } from '../../../lib/engine/clean';
import { PEERS_PATH, disagreement, loadPeerCases } from './peer-cases';

// Cases where a peer's expectation contradicts our spec (and the other peers), so we differ on purpose.
const DIFFERS_ON_PURPOSE: Record<string, string> = {
  // talon keeps a forwarded message whole; our spec strips forwards (crisp-email_tricky_17 agrees).
  'talon-test_dont_parse_quotations_for_forwarded_messages': 'forwarded messages are stripped',
  // planer keeps inline replies unstripped, attribution and quotes included; ruby and php
  // (email_1_2, email_2) keep the replies but drop the quoted lines between them, and so do we.
  'planer-detects_inline_replies-1': 'quoted lines between inline replies are dropped',
};

const cases = loadPeerCases();
const agreeing = cases.filter((peer) => !(peer.id in DIFFERS_ON_PURPOSE));
const differing = cases.filter((peer) => peer.id in DIFFERS_ON_PURPOSE);

describe.skipIf(!existsSync(PEERS_PATH))('peer reply parsers (shared/corpus/peers, absent outside the team)', () => {
  test.each(agreeing.map((peer) => [peer.id, peer] as const))('agrees with %s', (_id, peer) => {
    expect(disagreement(peer, cleanMessage({ text: peer.raw }))).toBeNull();
  });

  test.each(differing.map((peer) => [peer.id, peer] as const))('differs on purpose from %s', (id, peer) => {
    expect(disagreement(peer, cleanMessage({ text: peer.raw })), DIFFERS_ON_PURPOSE[id]).not.toBeNull();
  });

  test('every case on the differs-on-purpose list exists in the corpus', () => {
    expect(differing.map((peer) => peer.id).sort()).toEqual(Object.keys(DIFFERS_ON_PURPOSE).sort());
  });
});
