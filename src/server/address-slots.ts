// How many WebSockets each remote address holds at once, so one address cannot open sockets
// without end. A place is taken when the upgrade is accepted and freed when its TCP socket closes.
export class AddressSlots {
  private held = new Map<string, number>();
  constructor(private readonly perAddress: number) {}

  /** Takes a place for the address; false if it already holds the most allowed. */
  take(address: string): boolean {
    const count = this.held.get(address) ?? 0;
    if (count >= this.perAddress) return false;
    this.held.set(address, count + 1);
    return true;
  }

  release(address: string) {
    const count = (this.held.get(address) ?? 0) - 1;
    if (count > 0) this.held.set(address, count);
    else this.held.delete(address);
  }

  /** Places held by every address together. */
  get total(): number {
    let sum = 0;
    for (const count of this.held.values()) sum += count;
    return sum;
  }
}
