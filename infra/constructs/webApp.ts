import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CfnOutput, RemovalPolicy } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';

/** What the app reads from `config.json` on AWS: the API and Cognito's hosted UI (packages/web/src/config). */
export interface WebAppConfig {
  readonly apiUrl: string;
  readonly cognitoDomain: string;
  readonly clientId: string;
}

export interface WebAppProps {
  /** The built app (`vite build` output): packages/web/dist. */
  readonly distDir: string;
}

/** A built app that the stack cannot deploy: `npm run build` has not run. */
class WebAppNotBuiltError extends Error {
  constructor(readonly distDir: string) {
    super(`the web app is not built: no ${join(distDir, 'index.html')} (run npm run build)`);
    this.name = 'WebAppNotBuiltError';
  }
}

/**
 * The web app on AWS: a private S3 bucket read only by CloudFront (origin access control), HTTPS
 * only, security headers, hashed assets cached for a year and `index.html` / `config.json` never.
 * `configure` deploys the build with a `config.json` naming the API and the Cognito hosted UI.
 */
export class WebApp extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;

  constructor(
    scope: Construct,
    id: string,
    private readonly props: WebAppProps,
  ) {
    super(scope, id);
    if (!existsSync(join(props.distDir, 'index.html'))) throw new WebAppNotBuiltError(props.distDir);
    this.bucket = new Bucket(this, 'Assets', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const origin = S3BucketOrigin.withOriginAccessControl(this.bucket);
    const fresh = {
      origin,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
    };
    this.distribution = new Distribution(this, 'Cdn', {
      comment: 'baeum web app',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
      },
      // The app routes on the URL's hash, so only these two files change between deployments.
      additionalBehaviors: { '/index.html': fresh, '/config.json': fresh },
    });
  }

  /** The app's address, which Cognito must allow as callback and sign-out URL. */
  get url(): string {
    return `https://${this.distribution.distributionDomainName}/`;
  }

  /** Uploads the build and its `config.json` (values resolved at deploy time) and refreshes the CDN. */
  configure(config: WebAppConfig): void {
    new BucketDeployment(this, 'Deploy', {
      sources: [
        Source.asset(this.props.distDir),
        Source.jsonData('config.json', {
          apiUrl: config.apiUrl,
          auth: { kind: 'cognito', domain: config.cognitoDomain, clientId: config.clientId },
        }),
      ],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/index.html', '/config.json'],
      memoryLimit: 512,
    });
    new CfnOutput(this, 'Url', { value: this.url });
  }
}
