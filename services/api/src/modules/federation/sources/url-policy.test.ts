import { loadConfig } from '../../../config';
import { PUBLIC_HOSTS_ONLY, parseUrlPolicy, urlRefusal } from './url-policy';

describe('where source URLs may point', () => {
  it.each([
    ['http://127.0.0.1:8080/internal.csv', 'a loopback address'],
    ['http://10.1.2.3/export.csv', 'a private address'],
    ['http://192.168.1.10/', 'a private address'],
    ['http://172.20.0.5/', 'a private address'],
    ['http://169.254.169.254/latest/meta-data/', 'a link-local address'],
    ['http://100.64.0.1/', 'carrier-grade NAT'],
    ['http://0.0.0.0:4000/', 'an unspecified address'],
    ['http://[::1]:4000/', 'a loopback address'],
    ['http://[::ffff:127.0.0.1]/', 'a loopback address'],
    ['http://[::ffff:a9fe:a9fe]/', 'a link-local address'],
    ['http://[fd00::5]/', 'a private address'],
    ['http://[fe80::1]/', 'a link-local address'],
    ['http://[64:ff9b::a00:1]/', 'non-public address (rfc6052)'],
    ['http://[2002:7f00:1::]/', 'non-public address (6to4)'],
    // The URL parser reads these as 127.0.0.1: decimal, hex, octal and short forms.
    ['http://2130706433/', 'a loopback address'],
    ['http://0x7f.1/', 'a loopback address'],
    ['http://0177.0.0.1/', 'a loopback address'],
    ['http://127.1/', 'a loopback address'],
    ['http://localhost:4000/', 'a loopback address'],
    ['http://LOCALHOST./', 'a loopback address'],
    ['http://db.localhost/', 'a loopback address'],
  ])('refuses %s (%s)', (url, why) => {
    expect(urlRefusal(url, PUBLIC_HOSTS_ONLY)).toContain(why);
  });

  it('reads any public host by default, over http or https only', () => {
    expect(urlRefusal('https://static.data.gouv.fr/resources/lvao.csv', PUBLIC_HOSTS_ONLY)).toBeNull();
    expect(urlRefusal('http://93.184.216.34/x.csv', PUBLIC_HOSTS_ONLY)).toBeNull();
    expect(urlRefusal('http://[2606:4700::1111]/', PUBLIC_HOSTS_ONLY)).toBeNull();
    expect(urlRefusal('file:///etc/passwd', PUBLIC_HOSTS_ONLY)).toBe('imports read only http and https URLs');
    expect(urlRefusal('ftp://example.org/x', PUBLIC_HOSTS_ONLY)).toBe('imports read only http and https URLs');
  });

  it('restricts to the hosts listed when the list has no *, and reaches a private address only when listed', () => {
    const policy = parseUrlPolicy('static.data.gouv.fr, sig.syndicat.example:8443, 10.1.0.0/16, [fd00::5]:443');
    expect(urlRefusal('https://static.data.gouv.fr/x.csv', policy)).toBeNull();
    expect(urlRefusal('https://STATIC.data.gouv.fr./x.csv', policy)).toBeNull();
    expect(urlRefusal('https://www.data.gouv.fr/x.csv', policy)).toBe(
      'www.data.gouv.fr is not in REEMPLOI_IMPORT_ALLOWED_HOSTS',
    );
    expect(urlRefusal('https://sig.syndicat.example:8443/points.csv', policy)).toBeNull();
    expect(urlRefusal('https://sig.syndicat.example/points.csv', policy)).toContain('not in REEMPLOI_IMPORT_ALLOWED');
    expect(urlRefusal('http://10.1.20.3/points.csv', policy)).toBeNull();
    expect(urlRefusal('http://10.2.0.1/points.csv', policy)).toContain('a private address');
    expect(urlRefusal('https://[fd00::5]/points.csv', policy)).toBeNull();
    expect(urlRefusal('http://[fd00::5]/points.csv', policy)).toContain('a private address');
    expect(urlRefusal('http://93.184.216.34/x.csv', policy)).toContain('not in REEMPLOI_IMPORT_ALLOWED_HOSTS');
  });

  it('never lets * mean private addresses: they need their own entry', () => {
    const policy = parseUrlPolicy('*, 127.0.0.1:4567');
    expect(urlRefusal('http://127.0.0.1:4567/x.csv', policy)).toBeNull();
    expect(urlRefusal('http://127.0.0.1:4568/x.csv', policy)).toContain('a loopback address');
    expect(urlRefusal('http://2130706433:4567/x.csv', policy)).toBeNull();
    expect(urlRefusal('http://10.0.0.1/x.csv', policy)).toContain('a private address');
  });

  it('refuses a bad REEMPLOI_IMPORT_ALLOWED_HOSTS at start, naming the variable and the entry', () => {
    expect(() => loadConfig({ REEMPLOI_IMPORT_ALLOWED_HOSTS: '*, http://x/y' })).toThrow(
      /REEMPLOI_IMPORT_ALLOWED_HOSTS: "http:\/\/x\/y" is not \*, a host/,
    );
    expect(() => loadConfig({ REEMPLOI_IMPORT_ALLOWED_HOSTS: '10.0.0.0/99' })).toThrow(/REEMPLOI_IMPORT_ALLOWED_HOSTS/);
    expect(loadConfig({}).federation.urlPolicy).toEqual(PUBLIC_HOSTS_ONLY);
  });
});
