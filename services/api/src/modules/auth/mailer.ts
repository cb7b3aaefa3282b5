import nodemailer, { type Transporter } from 'nodemailer';
import type { AuthConfig } from '../../config';

/** Sends staff mails (password links). Only exists when SMTP_URL is set; tests use a JSON transport. */
export class Mailer {
  constructor(
    private readonly transport: Transporter,
    private readonly from: string,
  ) {}

  static fromConfig(config: AuthConfig): Mailer | null {
    return config.smtpUrl ? new Mailer(nodemailer.createTransport(config.smtpUrl), config.smtpFrom) : null;
  }

  /** A plain-text notice (a partner's webhook disabled, modules/changes). */
  send(to: string, subject: string, text: string): Promise<unknown> {
    return this.transport.sendMail({ from: this.from, to, subject, text });
  }

  async sendPasswordLink(to: string, link: string, expiresAt: Date, invited: boolean): Promise<unknown> {
    const until = expiresAt.toLocaleString('fr-FR', {
      timeZone: 'Europe/Paris',
      dateStyle: 'long',
      timeStyle: 'short',
    });
    const subject = invited ? 'Votre accès à Réemploi' : 'Définir un nouveau mot de passe Réemploi';
    const intro = invited
      ? 'Un compte a été créé pour vous sur l’espace équipe de Réemploi.'
      : 'Un nouveau lien de mot de passe a été demandé pour votre compte Réemploi.';
    const text = `Bonjour,\n\n${intro}\nChoisissez votre mot de passe ici (lien valable jusqu’au ${until}, utilisable une fois) :\n\n${link}\n\nSi vous n’attendiez pas ce message, ignorez-le.\n`;
    return this.transport.sendMail({ from: this.from, to, subject, text });
  }
}
