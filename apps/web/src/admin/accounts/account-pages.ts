// The account pages, one on-demand chunk for the back-office (AdminApp loads them lazily).
export { AccountsPage } from './AccountsPage';
export { ForgotPasswordPage } from './ForgotPasswordPage';
export { MyAccountPage } from './MyAccountPage';
export { PasswordLinkPage } from './PasswordLinkPage';
