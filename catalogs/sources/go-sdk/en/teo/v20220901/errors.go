// Copyright (c) 2017-2025 Tencent. All Rights Reserved.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//    http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

package v20220901

const (
	// error codes for specific actions

	// DryRun operation, which means the DryRun parameter is passed in yet the request will still be successful.
	DRYRUNOPERATION = "DryRunOperation"

	// Operation failed.
	FAILEDOPERATION = "FailedOperation"

	// The edge HTTPS certificate has expired. Issuing expired certificates is currently not supported.
	FAILEDOPERATION_CERTIFICATEHASEXPIRED = "FailedOperation.CertificateHasExpired"

	// The edge HTTPS certificate does not exist.
	FAILEDOPERATION_CERTIFICATENOTFOUND = "FailedOperation.CertificateNotFound"

	// Syntax error in the condition expression of the configuration file.
	FAILEDOPERATION_CONFIGCONDITIONSYNTAXERROR = "FailedOperation.ConfigConditionSyntaxError"

	// Unrecognized condition matching type.
	FAILEDOPERATION_CONFIGCONDITIONUNKNOWNTARGET = "FailedOperation.ConfigConditionUnknownTarget"

	// The value field of the condition expression cannot be empty in the configuration file.
	FAILEDOPERATION_CONFIGCONDITIONVALUEEMPTYERROR = "FailedOperation.ConfigConditionValueEmptyError"

	// The keyword in the configuration file cannot be duplicated.
	FAILEDOPERATION_CONFIGDUPLICATEKEYERROR = "FailedOperation.ConfigDuplicateKeyError"

	// The configuration file contains fields with inconsistent data types.
	FAILEDOPERATION_CONFIGFIELDTYPEERROR = "FailedOperation.ConfigFieldTypeError"

	// Syntax error in the configuration file.
	FAILEDOPERATION_CONFIGFORMATERROR = "FailedOperation.ConfigFormatError"

	// Version management configuration file JSON format error.
	FAILEDOPERATION_CONFIGJSONFORMATERROR = "FailedOperation.ConfigJSONFormatError"

	// Incorrect format of the configuration file. Parsing failed.
	FAILEDOPERATION_CONFIGMALFORMEDCONTENT = "FailedOperation.ConfigMalformedContent"

	// Parameter verification error in the configuration file.
	FAILEDOPERATION_CONFIGPARAMVALIDATEERRORS = "FailedOperation.ConfigParamValidateErrors"

	// Time format parsing error.
	FAILEDOPERATION_CONFIGTIMEPARSINGERROR = "FailedOperation.ConfigTimeParsingError"

	// The specified field in the configuration file is not recognized, indicating a possible spelling error or incorrect placement within the file structure.
	FAILEDOPERATION_CONFIGUNKNOWNFIELD = "FailedOperation.ConfigUnknownField"

	// Unsupported configuration item Action.
	FAILEDOPERATION_CONFIGUNSUPPORTEDACTION = "FailedOperation.ConfigUnsupportedAction"

	// The current configuration file version is not supported.
	FAILEDOPERATION_CONFIGUNSUPPORTEDFORMATVERSION = "FailedOperation.ConfigUnsupportedFormatVersion"

	// Failed to create the log set. Check whether the log set name already exists.
	FAILEDOPERATION_CREATECLSLOGSETFAILED = "FailedOperation.CreateClsLogSetFailed"

	// Failed to create the log topic task. Check whether the log topic name or task name already exists.
	FAILEDOPERATION_CREATECLSLOGTOPICTASKFAILED = "FailedOperation.CreateClsLogTopicTaskFailed"

	// Authentication failed while creating a custom push task. Check whether the push address is correct.
	FAILEDOPERATION_CREATELOGTOPICTASKAUTHFAILURE = "FailedOperation.CreateLogTopicTaskAuthFailure"

	// Failed to create the preheating origin speed limit configuration. please retry later or submit a ticket.
	FAILEDOPERATION_CREATEPREFETCHORIGINLIMITFAILED = "FailedOperation.CreatePrefetchOriginLimitFailed"

	// The edge client certificate has expired. It is not supported to issue expired certificates for the time being.
	FAILEDOPERATION_EDGECLIENTCERTIFICATEHASEXPIRED = "FailedOperation.EdgeClientCertificateHasExpired"

	// Failed to call DNSPod. please try again later. if the issue persists, submit a ticket.
	FAILEDOPERATION_FAILEDTOCALLDNSPOD = "FailedOperation.FailedToCallDNSPod"

	// Another task is being deployed. Please try again later.
	FAILEDOPERATION_FUNCTIONDEPLOYING = "FailedOperation.FunctionDeploying"

	// The account balance is insufficient.
	FAILEDOPERATION_INSUFFICIENTACCOUNTBALANCE = "FailedOperation.InsufficientAccountBalance"

	// The site status is invalid.
	FAILEDOPERATION_INVALIDZONESTATUS = "FailedOperation.InvalidZoneStatus"

	// The content is missing a mandatory configuration block.
	FAILEDOPERATION_MISSINGCONFIGCHUNK = "FailedOperation.MissingConfigChunk"

	// Operation failed.
	FAILEDOPERATION_MODIFYFAILED = "FailedOperation.ModifyFailed"

	// Exceed the quantity limit, unable to create more, delete unnecessary configuration or submit a request to enhance configuration quantity.
	FAILEDOPERATION_PREFETCHORIGINLIMITCOUNTEXCEEDED = "FailedOperation.PrefetchOriginLimitCountExceeded"

	// Corresponding preheating origin speed limit configuration not found. confirm whether there is configuration and retry.
	FAILEDOPERATION_PREFETCHORIGINLIMITNOTFOUND = "FailedOperation.PrefetchOriginLimitNotFound"

	// The product will already be discontinued. operation denied.
	FAILEDOPERATION_PRODUCTDISCONTINUED = "FailedOperation.ProductDiscontinued"

	// This product is not enabled. please enable it and try again.
	FAILEDOPERATION_PRODUCTNOTACTIVATED = "FailedOperation.ProductNotActivated"

	// The real-time log authentication failed.
	FAILEDOPERATION_REALTIMELOGAUTHFAILURE = "FailedOperation.RealtimeLogAuthFailure"

	// The real-time log push task does not exist.
	FAILEDOPERATION_REALTIMELOGNOTFOUND = "FailedOperation.RealtimeLogNotFound"

	// Function rule operations conflict under this site.
	FAILEDOPERATION_RULEOPERATIONCONFLICT = "FailedOperation.RuleOperationConflict"

	// The number of templates under this site exceeds the maximum quantity limit.
	FAILEDOPERATION_TEMPLATEOVERLIMIT = "FailedOperation.TemplateOverLimit"

	// Unknown configuration group type.
	FAILEDOPERATION_UNKNOWNCONFIGGROUPTYPE = "FailedOperation.UnknownConfigGroupType"

	// The client certificate for the origin-pull mutual authentication has expired. It is not supported to issue expired certificates.
	FAILEDOPERATION_UPSTREAMCLIENTCERTIFICATEHASEXPIRED = "FailedOperation.UpstreamClientCertificateHasExpired"

	// The origin CA certificate has expired. it is currently not supported to issue expired certificates.
	FAILEDOPERATION_UPSTREAMVERIFYCUSTOMCACERTIFICATEHASEXPIRED = "FailedOperation.UpstreamVerifyCustomCACertificateHasExpired"

	// Internal error.
	INTERNALERROR = "InternalError"

	// Server error.
	INTERNALERROR_BACKENDERROR = "InternalError.BackendError"

	// The configuration is locked. Please unlock and try again.
	INTERNALERROR_CONFIGLOCKED = "InternalError.ConfigLocked"

	// Database error.
	INTERNALERROR_DBERROR = "InternalError.DBError"

	// Failed to get configuration
	INTERNALERROR_DOMAINCONFIG = "InternalError.DomainConfig"

	// Failed to generate an upload link.
	INTERNALERROR_FAILEDTOGENERATEURL = "InternalError.FailedToGenerateUrl"

	// Failed to get the role.
	INTERNALERROR_GETROLEERROR = "InternalError.GetRoleError"

	// An unknown error occurred in the backend server.
	INTERNALERROR_PROXYSERVER = "InternalError.ProxyServer"

	// Server error.
	INTERNALERROR_QUOTASYSTEM = "InternalError.QuotaSystem"

	// The backend routing address is incorrect.
	INTERNALERROR_ROUTEERROR = "InternalError.RouteError"

	// Internal system error.
	INTERNALERROR_SYSTEMERROR = "InternalError.SystemError"

	// Unknown error.
	INTERNALERROR_UNKNOWERROR = "InternalError.UnknowError"

	// Invalid Filter
	INVALIDFILTER = "InvalidFilter"

	// Parameter error.
	INVALIDPARAMETER = "InvalidParameter"

	// The regex is not in the standard RE2 format.
	INVALIDPARAMETER_ACCESSREDIRECTREGEXERROR = "InvalidParameter.AccessRedirectRegexError"

	// Too many attempts. Please try again later.
	INVALIDPARAMETER_ACTIONINPROGRESS = "InvalidParameter.ActionInProgress"

	// 
	INVALIDPARAMETER_ADVANCEDORIGINROUTINGNOTSUPPORTACCELERATEMAINLAND = "InvalidParameter.AdvancedOriginRoutingNotSupportAccelerateMainland"

	// 
	INVALIDPARAMETER_ADVANCEDORIGINROUTINGNOTSUPPORTCURRENTPLANORIGINWHITELIST = "InvalidParameter.AdvancedOriginRoutingNotSupportCurrentPlanOriginWhitelist"

	// 
	INVALIDPARAMETER_ADVANCEDORIGINROUTINGNOTSUPPORTMULTIPLYLAYER = "InvalidParameter.AdvancedOriginRoutingNotSupportMultiplyLayer"

	// 
	INVALIDPARAMETER_ADVANCEDORIGINROUTINGNOTSUPPORTOCDIRECTORIGIN = "InvalidParameter.AdvancedOriginRoutingNotSupportOCDirectOrigin"

	// 
	INVALIDPARAMETER_ADVANCEDORIGINROUTINGNOTSUPPORTRACINGPLATFORM = "InvalidParameter.AdvancedOriginRoutingNotSupportRacingPlatform"

	// Alias domain names do not support configuring a keyless certificate.
	INVALIDPARAMETER_ALIASDOMAINNOTSUPPORTKEYLESS = "InvalidParameter.AliasDomainNotSupportKeyless"

	// Chinese SM certificates are not supported for alias domain names.
	INVALIDPARAMETER_ALIASDOMAINNOTSUPPORTSMCERT = "InvalidParameter.AliasDomainNotSupportSMCert"

	// The function content has a syntax error.
	INVALIDPARAMETER_BADCONTENT = "InvalidParameter.BadContent"

	// The function name does not meet specifications.
	INVALIDPARAMETER_BADFUNCTIONNAME = "InvalidParameter.BadFunctionName"

	// Invalid namespace name.
	INVALIDPARAMETER_BADNAMESPACENAME = "InvalidParameter.BadNamespaceName"

	// Bind variable does not exist.
	INVALIDPARAMETER_BINDINGNOTFOUND = "InvalidParameter.BindingNotFound"

	// Invalid query string.
	INVALIDPARAMETER_CACHEKEYQUERYSTRINGREQUIRESFULLURLCACHEOFF = "InvalidParameter.CacheKeyQueryStringRequiresFullUrlCacheOff"

	// The query string has too many values.
	INVALIDPARAMETER_CACHEKEYQUERYSTRINGTOOMANYVALUE = "InvalidParameter.CacheKeyQueryStringTooManyValue"

	// Invalid edge HTTPS certificate configuration. The certificate does not match the domain name.
	INVALIDPARAMETER_CERTNOTMATCHDOMAIN = "InvalidParameter.CertNotMatchDomain"

	// Internal error.
	INVALIDPARAMETER_CERTSYSTEMERROR = "InvalidParameter.CertSystemError"

	// The edge HTTPS certificate is about to expire.
	INVALIDPARAMETER_CERTTOEXPIRE = "InvalidParameter.CertToExpire"

	// Invalid edge HTTPS certificate configuration. The key length does not meet the minimum requirement RSA>=2048, DSA>=2048, DH>=2048, and EC>=225.
	INVALIDPARAMETER_CERTTOOSHORTKEYSIZE = "InvalidParameter.CertTooShortKeySize"

	// The domain name to be changed is not bound to a certificate or keyless server. Please bind it first and then proceed.
	INVALIDPARAMETER_CERTIFICATECONFLICTWITHKEYLESSSERVER = "InvalidParameter.CertificateConflictWithKeylessServer"

	// IPv6 access conflicts with client IP geographical location.
	INVALIDPARAMETER_CLIENTIPCOUNTRYCONFLICTSWITHIPV6 = "InvalidParameter.ClientIpCountryConflictsWithIpv6"

	// Unable to apply for a wildcard certificate under CNAME mode.
	INVALIDPARAMETER_CNAMEWILDHOSTNOTALLOWAPPLYCERTIFICATE = "InvalidParameter.CnameWildHostNotAllowApplyCertificate"

	// Invalid compression algorithm.
	INVALIDPARAMETER_COMPRESSIONINVALIDALGORITHMS = "InvalidParameter.CompressionInvalidAlgorithms"

	// The origin cannot be the same as the domain name.
	INVALIDPARAMETER_CONFLICTHOSTORIGIN = "InvalidParameter.ConflictHostOrigin"

	// The function content exceeds the size limit.
	INVALIDPARAMETER_CONTENTEXCEEDSLIMIT = "InvalidParameter.ContentExceedsLimit"

	// The domain name acceleration region does not support the preheating origin rate limiting regional configuration. please adjust and resubmit.
	INVALIDPARAMETER_DOMAINAREANOTSUPPORTPREFETCHORIGINLIMITAREA = "InvalidParameter.DomainAreaNotSupportPrefetchOriginLimitArea"

	// The domain name does not exist or is not belong to this account.
	INVALIDPARAMETER_DOMAINNOTFOUND = "InvalidParameter.DomainNotFound"

	// Traffic scheduling is already enabled for the current domain name.
	INVALIDPARAMETER_DOMAINONTRAFFICSCHEDULING = "InvalidParameter.DomainOnTrafficScheduling"

	// The bind variable name already exists.
	INVALIDPARAMETER_DUPLICATEBINDINGNAME = "InvalidParameter.DuplicateBindingName"

	// Duplicate rules.
	INVALIDPARAMETER_DUPLICATERULE = "InvalidParameter.DuplicateRule"

	// Invalid edge client certificate configuration.
	INVALIDPARAMETER_EDGECLIENTCERTCHECKERROR = "InvalidParameter.EdgeClientCertCheckError"

	// The current conditions do not support the requested operation.
	INVALIDPARAMETER_ERRACTIONUNSUPPORTTARGET = "InvalidParameter.ErrActionUnsupportTarget"

	// Invalid operation.
	INVALIDPARAMETER_ERRINVALIDACTION = "InvalidParameter.ErrInvalidAction"

	// Invalid operation: Duplicate operation configuration.
	INVALIDPARAMETER_ERRINVALIDACTIONDUPLICATEACTION = "InvalidParameter.ErrInvalidActionDuplicateAction"

	// Invalid rule engine operation. The origin server IP cannot be a private network IP or loopback address.
	INVALIDPARAMETER_ERRINVALIDACTIONORIGINPRIVATEADDRESS = "InvalidParameter.ErrInvalidActionOriginPrivateAddress"

	// Invalid operation: Invalid parameter.
	INVALIDPARAMETER_ERRINVALIDACTIONPARAM = "InvalidParameter.ErrInvalidActionParam"

	// Invalid parameter "action".
	INVALIDPARAMETER_ERRINVALIDACTIONPARAMACTION = "InvalidParameter.ErrInvalidActionParamAction"

	// Invalid value type for the parameter "action".
	INVALIDPARAMETER_ERRINVALIDACTIONPARAMBADVALUETYPE = "InvalidParameter.ErrInvalidActionParamBadValueType"

	// Invalid parameter: Duplicate parameter names.
	INVALIDPARAMETER_ERRINVALIDACTIONPARAMDUPLICATENAME = "InvalidParameter.ErrInvalidActionParamDuplicateName"

	// Invalid value type for the parameter "action".
	INVALIDPARAMETER_ERRINVALIDACTIONPARAMNAME = "InvalidParameter.ErrInvalidActionParamName"

	// Invalid parameter: The parameter has too many values.
	INVALIDPARAMETER_ERRINVALIDACTIONPARAMTOOMANYVALUES = "InvalidParameter.ErrInvalidActionParamTooManyValues"

	// Invalid action.
	INVALIDPARAMETER_ERRINVALIDACTIONPARAMVALUE = "InvalidParameter.ErrInvalidActionParamValue"

	// Invalid action type.
	INVALIDPARAMETER_ERRINVALIDACTIONTYPE = "InvalidParameter.ErrInvalidActionType"

	// Invalid conditions.
	INVALIDPARAMETER_ERRINVALIDCONDITION = "InvalidParameter.ErrInvalidCondition"

	// The operations of modifying the origin server cannot be only to configure host matching type.
	INVALIDPARAMETER_ERRINVALIDCONDITIONCANNOTONLYCONTAINHOSTWHENMODIFYORIGINACTIONCONFIGURED = "InvalidParameter.ErrInvalidConditionCannotOnlyContainHostWhenModifyOriginActionConfigured"

	// You can only configure one host matching type when modifying the origin.
	INVALIDPARAMETER_ERRINVALIDCONDITIONHOSTTOOMANYWHENMODIFYORIGINACTIONCONFIGURED = "InvalidParameter.ErrInvalidConditionHostTooManyWhenModifyOriginActionConfigured"

	// Invalid condition: The letter case is ignored.
	INVALIDPARAMETER_ERRINVALIDCONDITIONIGNORECASE = "InvalidParameter.ErrInvalidConditionIgnoreCase"

	// Invalid condition: Invalid parameter name.
	INVALIDPARAMETER_ERRINVALIDCONDITIONNAMEBADNAME = "InvalidParameter.ErrInvalidConditionNameBadName"

	// Invalid condition: The match type is not supported by this parameter.
	INVALIDPARAMETER_ERRINVALIDCONDITIONNAMETARGETNOTSUPPORTNAME = "InvalidParameter.ErrInvalidConditionNameTargetNotSupportName"

	// Invalid condition: Invalid regular expression for the parameter value.
	INVALIDPARAMETER_ERRINVALIDCONDITIONVALUEBADREGULAR = "InvalidParameter.ErrInvalidConditionValueBadRegular"

	// Invalid parameter value "url".
	INVALIDPARAMETER_ERRINVALIDCONDITIONVALUEBADURL = "InvalidParameter.ErrInvalidConditionValueBadUrl"

	// Invalid condition: The parameter value is invalid.
	INVALIDPARAMETER_ERRINVALIDCONDITIONVALUEBADVALUE = "InvalidParameter.ErrInvalidConditionValueBadValue"

	// Invalid parameter value: File extension is not allowed.
	INVALIDPARAMETER_ERRINVALIDCONDITIONVALUEBADVALUECONTAINFILENAMEEXTENSION = "InvalidParameter.ErrInvalidConditionValueBadValueContainFileNameExtension"

	// Invalid condition: The parameter value exceeds the limit.
	INVALIDPARAMETER_ERRINVALIDCONDITIONVALUETOOLONGVALUE = "InvalidParameter.ErrInvalidConditionValueTooLongValue"

	// The condition has too many regular expressions.
	INVALIDPARAMETER_ERRINVALIDCONDITIONVALUETOOMANYREGULAR = "InvalidParameter.ErrInvalidConditionValueTooManyRegular"

	// Invalid condition: The parameter value exceeds the limit.
	INVALIDPARAMETER_ERRINVALIDCONDITIONVALUETOOMANYVALUES = "InvalidParameter.ErrInvalidConditionValueTooManyValues"

	// Invalid condition: Too many wildcards in the parameter.
	INVALIDPARAMETER_ERRINVALIDCONDITIONVALUETOOMANYWILDCARD = "InvalidParameter.ErrInvalidConditionValueTooManyWildcard"

	// Invalid condition: The parameter value is 0.
	INVALIDPARAMETER_ERRINVALIDCONDITIONVALUEZEROLENGTH = "InvalidParameter.ErrInvalidConditionValueZeroLength"

	// ELSE is not supported for origin server modification.
	INVALIDPARAMETER_ERRINVALIDELSEWHENMODIFYORIGINACTIONCONFIGURED = "InvalidParameter.ErrInvalidElseWhenModifyOriginActionConfigured"

	// Empty condition.
	INVALIDPARAMETER_ERRNILCONDITION = "InvalidParameter.ErrNilCondition"

	// The bind name already exists. If needed, please use bind-override.
	INVALIDPARAMETER_FUNCTIONBINDVARIABLENAMECONFLICT = "InvalidParameter.FunctionBindVariableNameConflict"

	// The function name conflicts with that of another function under this account.
	INVALIDPARAMETER_FUNCTIONNAMECONFLICT = "InvalidParameter.FunctionNameConflict"

	// GroupBy parameter exceeds the quantity limit.
	INVALIDPARAMETER_GROUPBYLIMITEXCEEDED = "InvalidParameter.GroupByLimitExceeded"

	// To enable gRPC support, HTTP/2 support must be enabled as well.
	INVALIDPARAMETER_GRPCREQUIREHTTP2 = "InvalidParameter.GrpcRequireHttp2"

	// Host header error
	INVALIDPARAMETER_HOSTHEADERINVALID = "InvalidParameter.HostHeaderInvalid"

	// The domain name does not exist.
	INVALIDPARAMETER_HOSTNOTFOUND = "InvalidParameter.HostNotFound"

	// CNAME is not switched or the origin is not routed to the EdgeOne server.
	INVALIDPARAMETER_HOSTSTATUSNOTALLOWAPPLYCERTIFICATE = "InvalidParameter.HostStatusNotAllowApplyCertificate"

	// Parameter error.
	INVALIDPARAMETER_INVALIDACCELERATETYPE = "InvalidParameter.InvalidAccelerateType"

	// 
	INVALIDPARAMETER_INVALIDADVANCEDORIGINROUTINGUNSUPPORTED = "InvalidParameter.InvalidAdvancedOriginRoutingUnsupported"

	// Invalid token authentication.
	INVALIDPARAMETER_INVALIDAUTHENTICATION = "InvalidParameter.InvalidAuthentication"

	// Invalid token authentication expiration time.
	INVALIDPARAMETER_INVALIDAUTHENTICATIONTYPEEXPIRETIME = "InvalidParameter.InvalidAuthenticationTypeExpireTime"

	// Invalid key for token authentication.
	INVALIDPARAMETER_INVALIDAUTHENTICATIONTYPESECRETKEY = "InvalidParameter.InvalidAuthenticationTypeSecretKey"

	// Invalid token authentication parameter.
	INVALIDPARAMETER_INVALIDAUTHENTICATIONTYPESIGNPARAM = "InvalidParameter.InvalidAuthenticationTypeSignParam"

	// Invalid authentication token format.
	INVALIDPARAMETER_INVALIDAUTHENTICATIONTYPETIMEFORMAT = "InvalidParameter.InvalidAuthenticationTypeTimeFormat"

	// Invalid authentication token parameter.
	INVALIDPARAMETER_INVALIDAUTHENTICATIONTYPETIMEPARAM = "InvalidParameter.InvalidAuthenticationTypeTimeParam"

	// The format of automatically used vouchers is incorrect. Enter the correct format.
	INVALIDPARAMETER_INVALIDAUTOUSEVOUCHER = "InvalidParameter.InvalidAutoUseVoucher"

	// Invalid third-party object storage.
	INVALIDPARAMETER_INVALIDAWSPRIVATEACCESS = "InvalidParameter.InvalidAwsPrivateAccess"

	// Invalid region. Please fill in a correct region of the third-party object storage service.
	INVALIDPARAMETER_INVALIDAWSREGION = "InvalidParameter.InvalidAwsRegion"

	// Invalid third-party object storage.
	INVALIDPARAMETER_INVALIDAWSSECRETKEY = "InvalidParameter.InvalidAwsSecretKey"

	// Invalid secondary origin domain.
	INVALIDPARAMETER_INVALIDBACKUPSERVERNAME = "InvalidParameter.InvalidBackupServerName"

	// Invalid node cache.
	INVALIDPARAMETER_INVALIDCACHECONFIGCACHE = "InvalidParameter.InvalidCacheConfigCache"

	// Invalid node cache. The origin behavior is followed.
	INVALIDPARAMETER_INVALIDCACHECONFIGFOLLOWORIGIN = "InvalidParameter.InvalidCacheConfigFollowOrigin"

	// Invalid cache key.
	INVALIDPARAMETER_INVALIDCACHEKEY = "InvalidParameter.InvalidCacheKey"

	// Invalid cache key cookie.
	INVALIDPARAMETER_INVALIDCACHEKEYCOOKIE = "InvalidParameter.InvalidCacheKeyCookie"

	// Cases are ignored in the cache key.
	INVALIDPARAMETER_INVALIDCACHEKEYIGNORECASE = "InvalidParameter.InvalidCacheKeyIgnoreCase"

	// Invalid query string.
	INVALIDPARAMETER_INVALIDCACHEKEYQUERYSTRINGACTION = "InvalidParameter.InvalidCacheKeyQueryStringAction"

	// Invalid query string.
	INVALIDPARAMETER_INVALIDCACHEKEYQUERYSTRINGVALUE = "InvalidParameter.InvalidCacheKeyQueryStringValue"

	// Invalid cache key scheme.
	INVALIDPARAMETER_INVALIDCACHEKEYSCHEME = "InvalidParameter.InvalidCacheKeyScheme"

	// Invalid node cache.
	INVALIDPARAMETER_INVALIDCACHEONLYONSWITCH = "InvalidParameter.InvalidCacheOnlyOnSwitch"

	// Invalid node cache validity.
	INVALIDPARAMETER_INVALIDCACHETIME = "InvalidParameter.InvalidCacheTime"

	// Invalid edge HTTPS certificate information.
	INVALIDPARAMETER_INVALIDCERTINFO = "InvalidParameter.InvalidCertInfo"

	// Invalid client IP location configuration. HeaderName consists of 1-100 alphanumeric characters and cannot start or end with hyphens (-).
	INVALIDPARAMETER_INVALIDCLIENTIPCOUNTRYHEADERNAME = "InvalidParameter.InvalidClientIpCountryHeaderName"

	// Invalid client IP request header.
	INVALIDPARAMETER_INVALIDCLIENTIPHEADERNAME = "InvalidParameter.InvalidClientIpHeaderName"

	// Invalid origin for region-specific origin-pull.
	INVALIDPARAMETER_INVALIDCLIENTIPORIGIN = "InvalidParameter.InvalidClientIpOrigin"

	// Invalid conditions.
	INVALIDPARAMETER_INVALIDCONDITIONS = "InvalidParameter.InvalidConditions"

	// Invalid origin-pull configuration. When `OriginType` is `COS` or `AWS_S3`, the origin address must be an object storage domain name.
	INVALIDPARAMETER_INVALIDCOSDOMAIN = "InvalidParameter.InvalidCosDomain"

	// The domain name is illegal. check whether a non-existent domain name is passed in the input parameters.
	INVALIDPARAMETER_INVALIDDOMAINS = "InvalidParameter.InvalidDomains"

	// Invalid smart acceleration.
	INVALIDPARAMETER_INVALIDDYNAMICROUTINE = "InvalidParameter.InvalidDynamicRoutine"

	// The package does not support Smart Acceleration.
	INVALIDPARAMETER_INVALIDDYNAMICROUTINEBILLING = "InvalidParameter.InvalidDynamicRoutineBilling"

	// Invalid custom error page.
	INVALIDPARAMETER_INVALIDERRORPAGE = "InvalidParameter.InvalidErrorPage"

	// Invalid custom error page.
	INVALIDPARAMETER_INVALIDERRORPAGEREDIRECTURL = "InvalidParameter.InvalidErrorPageRedirectUrl"

	// Invalid filter field.
	INVALIDPARAMETER_INVALIDFILTERNAME = "InvalidParameter.InvalidFilterName"

	// Invalid enforced HTTPS redirect.
	INVALIDPARAMETER_INVALIDFORCEREDIRECTTYPE = "InvalidParameter.InvalidForceRedirectType"

	// Invalid parameter "https".
	INVALIDPARAMETER_INVALIDHTTPS = "InvalidParameter.InvalidHttps"

	// Invalid edge HTTPS certificate configuration. The certificate content is invalid.
	INVALIDPARAMETER_INVALIDHTTPSCERTINFO = "InvalidParameter.InvalidHttpsCertInfo"

	// The cipher suite does not match the TLS version.
	INVALIDPARAMETER_INVALIDHTTPSCIPHERSUITEANDTLSVERSION = "InvalidParameter.InvalidHttpsCipherSuiteAndTlsVersion"

	// Invalid HTTPS HSTS.
	INVALIDPARAMETER_INVALIDHTTPSHSTSMAXAGE = "InvalidParameter.InvalidHttpsHstsMaxAge"

	// Invalid HTTPS TLS version.
	INVALIDPARAMETER_INVALIDHTTPSTLSVERSION = "InvalidParameter.InvalidHttpsTlsVersion"

	// Invalid interval. The value should be either [min 5min hour day].
	INVALIDPARAMETER_INVALIDINTERVAL = "InvalidParameter.InvalidInterval"

	// Invalid IPv6 settings.
	INVALIDPARAMETER_INVALIDIPV6SWITCH = "InvalidParameter.InvalidIpv6Switch"

	// The field separator in the log output format is incorrect.
	INVALIDPARAMETER_INVALIDLOGFORMATFIELDDELIMITER = "InvalidParameter.InvalidLogFormatFieldDelimiter"

	// The log output format type is incorrect.
	INVALIDPARAMETER_INVALIDLOGFORMATFORMATTYPE = "InvalidParameter.InvalidLogFormatFormatType"

	// The log record separator in the log output format is incorrect.
	INVALIDPARAMETER_INVALIDLOGFORMATRECORDDELIMITER = "InvalidParameter.InvalidLogFormatRecordDelimiter"

	// Invalid browser cache.
	INVALIDPARAMETER_INVALIDMAXAGEFOLLOWORIGIN = "InvalidParameter.InvalidMaxAgeFollowOrigin"

	// Invalid browser cache.
	INVALIDPARAMETER_INVALIDMAXAGETIME = "InvalidParameter.InvalidMaxAgeTime"

	// The query dimension is invalid.
	INVALIDPARAMETER_INVALIDMETRIC = "InvalidParameter.InvalidMetric"

	// Invalid operation type.
	INVALIDPARAMETER_INVALIDOPERATION = "InvalidParameter.InvalidOperation"

	// Invalid origin server.
	INVALIDPARAMETER_INVALIDORIGIN = "InvalidParameter.InvalidOrigin"

	// The origin server group type is incorrect.
	INVALIDPARAMETER_INVALIDORIGINGROUPTYPE = "InvalidParameter.InvalidOriginGroupType"

	// The origin cannot be a private IP or loopback address.
	INVALIDPARAMETER_INVALIDORIGINIP = "InvalidParameter.InvalidOriginIp"

	// Incorrect origin server type.
	INVALIDPARAMETER_INVALIDORIGINTYPE = "InvalidParameter.InvalidOriginType"

	// The origin server is incorrect or inexistent.
	INVALIDPARAMETER_INVALIDORIGINVALUE = "InvalidParameter.InvalidOriginValue"

	// Invalid parameter.
	INVALIDPARAMETER_INVALIDPARAMETER = "InvalidParameter.InvalidParameter"

	// The plan cycle format is incorrect. Enter the correct format.
	INVALIDPARAMETER_INVALIDPERIOD = "InvalidParameter.InvalidPeriod"

	// The plan type format is incorrect. Enter the correct format.
	INVALIDPARAMETER_INVALIDPLANTYPE = "InvalidParameter.InvalidPlanType"

	// The speciThe plan does not support limiting the max upload size.
	INVALIDPARAMETER_INVALIDPOSTMAXSIZEBILLING = "InvalidParameter.InvalidPostMaxSizeBilling"

	// Invalid POST request size.
	INVALIDPARAMETER_INVALIDPOSTSIZEVALUE = "InvalidParameter.InvalidPostSizeValue"

	// AccessKeyId and SecretAccessKey are required to access the third-party object storage.
	INVALIDPARAMETER_INVALIDPRIVATEACCESSPARAMS = "InvalidParameter.InvalidPrivateAccessParams"

	// The value of `PrivateAccess` should be `on` or `off`.
	INVALIDPARAMETER_INVALIDPRIVATEACCESSSWITCH = "InvalidParameter.InvalidPrivateAccessSwitch"

	// The layer 4 proxy is illegal. check whether a non-existing proxy is passed in the input parameters.
	INVALIDPARAMETER_INVALIDPROXIES = "InvalidParameter.InvalidProxies"

	// The plan does not support QUIC.
	INVALIDPARAMETER_INVALIDQUICBILLING = "InvalidParameter.InvalidQuicBilling"

	// The quota quantity format is incorrect. Enter the correct format.
	INVALIDPARAMETER_INVALIDQUOTANUMBER = "InvalidParameter.InvalidQuotaNumber"

	// The quota type format is incorrect. Enter the correct quota type format.
	INVALIDPARAMETER_INVALIDQUOTATYPE = "InvalidParameter.InvalidQuotaType"

	// Invalid Range GETs.
	INVALIDPARAMETER_INVALIDRANGEORIGINPULL = "InvalidParameter.InvalidRangeOriginPull"

	// The auto-renewal flag format is incorrect. Enter the correct format.
	INVALIDPARAMETER_INVALIDRENEWFLAG = "InvalidParameter.InvalidRenewFlag"

	// Invalid request header.
	INVALIDPARAMETER_INVALIDREQUESTHEADERNAME = "InvalidParameter.InvalidRequestHeaderName"

	// Invalid request header x-forwarded-for.
	INVALIDPARAMETER_INVALIDREQUESTHEADERNAMEXFF = "InvalidParameter.InvalidRequestHeaderNameXff"

	// Invalid request header.
	INVALIDPARAMETER_INVALIDREQUESTHEADERVALUE = "InvalidParameter.InvalidRequestHeaderValue"

	// You have not purchased a plan yet.
	INVALIDPARAMETER_INVALIDRESOURCEIDBILLING = "InvalidParameter.InvalidResourceIdBilling"

	// Invalid response header.
	INVALIDPARAMETER_INVALIDRESPONSEHEADERNAME = "InvalidParameter.InvalidResponseHeaderName"

	// Invalid response header.
	INVALIDPARAMETER_INVALIDRESPONSEHEADERVALUE = "InvalidParameter.InvalidResponseHeaderValue"

	// The rule engine configuration is invalid.
	INVALIDPARAMETER_INVALIDRULEENGINE = "InvalidParameter.InvalidRuleEngine"

	// Invalid rule engine operation.
	INVALIDPARAMETER_INVALIDRULEENGINEACTION = "InvalidParameter.InvalidRuleEngineAction"

	// The rule does not exist.
	INVALIDPARAMETER_INVALIDRULEENGINENOTFOUND = "InvalidParameter.InvalidRuleEngineNotFound"

	// Invalid rule engine condition.
	INVALIDPARAMETER_INVALIDRULEENGINETARGET = "InvalidParameter.InvalidRuleEngineTarget"

	// Invalid file extension in the rule engine condition.
	INVALIDPARAMETER_INVALIDRULEENGINETARGETSEXTENSION = "InvalidParameter.InvalidRuleEngineTargetsExtension"

	// Invalid URL in the rule engine condition.
	INVALIDPARAMETER_INVALIDRULEENGINETARGETSURL = "InvalidParameter.InvalidRuleEngineTargetsUrl"

	// Incorrect protocol of the rules. (TCP/UDP).
	INVALIDPARAMETER_INVALIDRULEPROTO = "InvalidParameter.InvalidRuleProto"

	// Invalid origin domain.
	INVALIDPARAMETER_INVALIDSERVERNAME = "InvalidParameter.InvalidServerName"

	// The set match condition does not support EdgeOne Shield operation. Delete the configuration item.
	INVALIDPARAMETER_INVALIDSHIELDUNSUPPORTED = "InvalidParameter.InvalidShieldUnsupported"

	// Invalid sorting order field.
	INVALIDPARAMETER_INVALIDSORTBY = "InvalidParameter.InvalidSortBy"

	// Invalid sorting order.
	INVALIDPARAMETER_INVALIDSORTORDER = "InvalidParameter.InvalidSortOrder"

	// Invalid debug configuration for EdgeOne.
	INVALIDPARAMETER_INVALIDSTANDARDDEBUG = "InvalidParameter.InvalidStandardDebug"

	// Invalid client IP or CIDR block.
	INVALIDPARAMETER_INVALIDSTANDARDDEBUGCLIENTIP = "InvalidParameter.InvalidStandardDebugClientIp"

	// The AllowClientIPList parameter is mandatory. The IPv4 and IPv6 network segments are supported. 0.0.0.0/0 indicates that all IPv4 clients can be debugged, and ::/0 indicates that all IPv6 clients can be debugged.
	INVALIDPARAMETER_INVALIDSTANDARDDEBUGEMPTYLIST = "InvalidParameter.InvalidStandardDebugEmptyList"

	// The expiration time is exceeded.
	INVALIDPARAMETER_INVALIDSTANDARDDEBUGEXPIRETIMELIMIT = "InvalidParameter.InvalidStandardDebugExpireTimeLimit"

	// Origin-pull request configuration error: Invalid query string.
	INVALIDPARAMETER_INVALIDUPSTREAMREQUESTQUERYSTRINGVALUE = "InvalidParameter.InvalidUpstreamRequestQueryStringValue"

	// Invalid URL rewrite.
	INVALIDPARAMETER_INVALIDURLREDIRECT = "InvalidParameter.InvalidUrlRedirect"

	// Invalid target host in the URL rewriting rule.
	INVALIDPARAMETER_INVALIDURLREDIRECTHOST = "InvalidParameter.InvalidUrlRedirectHost"

	// The target URL for URL rewrite is invalid.
	INVALIDPARAMETER_INVALIDURLREDIRECTURL = "InvalidParameter.InvalidUrlRedirectUrl"

	// Invalid WebSocket.
	INVALIDPARAMETER_INVALIDWEBSOCKETTIMEOUT = "InvalidParameter.InvalidWebSocketTimeout"

	// Invalid cache key.
	INVALIDPARAMETER_KEYRULESINVALIDQUERYSTRINGVALUE = "InvalidParameter.KeyRulesInvalidQueryStringValue"

	// The number of keys in the request exceeds the limit.
	INVALIDPARAMETER_KEYSTOOMANY = "InvalidParameter.KeysTooMany"

	// Maximum parameter length exceeded.
	INVALIDPARAMETER_LENGTHEXCEEDSLIMIT = "InvalidParameter.LengthExceedsLimit"

	// The Cloud Load Balancer instance ID is required in the operation of modifying the origin server.
	INVALIDPARAMETER_LOADBALANCEINSTANCEIDISREQUIRED = "InvalidParameter.LoadBalanceInstanceIdIsRequired"

	// The Layer-4 proxy service referencing a LoadBalancer is being deployed. Please edit later.
	INVALIDPARAMETER_LOADBALANCERBINDL4NOTINSTABLESTATUS = "InvalidParameter.LoadBalancerBindL4NotInStableStatus"

	// The Layer-7 domain name service referencing a LoadBalancer is being deployed. Please edit later.
	INVALIDPARAMETER_LOADBALANCERBINDL7NOTINSTABLESTATUS = "InvalidParameter.LoadBalancerBindL7NotInStableStatus"

	// The load balancer bound to the origin server group is unavailable.
	INVALIDPARAMETER_LOADBALANCERBINDORIGINGROUPINVALID = "InvalidParameter.LoadBalancerBindOriginGroupInvalid"

	// The LoadBalancer names under the same site should be unique.
	INVALIDPARAMETER_LOADBALANCERNAMEREPEATED = "InvalidParameter.LoadBalancerNameRepeated"

	// The LoadBalancer is referenced by the layer-4 instance and cannot be deleted.
	INVALIDPARAMETER_LOADBALANCERUSEDINL4PROXY = "InvalidParameter.LoadBalancerUsedInL4Proxy"

	// The LoadBalancer is referenced by the layer-7 domain name and cannot be deleted.
	INVALIDPARAMETER_LOADBALANCERUSEDINL7DOMAIN = "InvalidParameter.LoadBalancerUsedInL7Domain"

	// The LoadBalancer is referenced by the rule engine and cannot be deleted.
	INVALIDPARAMETER_LOADBALANCERUSEDINRULEENGINE = "InvalidParameter.LoadBalancerUsedInRuleEngine"

	// Modification parameters are missing.
	INVALIDPARAMETER_MODIFYPARAMETERSMISSING = "InvalidParameter.ModifyParametersMissing"

	// Smart routing is not supported.
	INVALIDPARAMETER_MULTIPLYLAYERNOTSUPPORTSMARTROUTING = "InvalidParameter.MultiplyLayerNotSupportSmartRouting"

	// The namespace is currently in use and cannot be deleted.
	INVALIDPARAMETER_NAMESPACEINUSE = "InvalidParameter.NamespaceInUse"

	// Unsupported preset variables exist.
	INVALIDPARAMETER_NOTSUPPORTTHISPRESET = "InvalidParameter.NotSupportThisPreset"

	// The domain name is configured to forward requests to the origin directly. iSmart Acceleration must be enabled.
	INVALIDPARAMETER_OCDIRECTORIGINREQUIRESSMARTROUTING = "InvalidParameter.OCDirectOriginRequiresSmartRouting"

	// The type of the origin server group does not match the LoadBalancer type.
	INVALIDPARAMETER_ORIGINGROUPTYPECANNOTMATCHLBTYPE = "InvalidParameter.OriginGroupTypeCanNotMatchLBType"

	// The origin address cannot be a private IP address.
	INVALIDPARAMETER_ORIGINISINNERIP = "InvalidParameter.OriginIsInnerIp"

	// The layer-4 proxy strictly prohibits mixing IPs and domain names.
	INVALIDPARAMETER_ORIGINL4RECORDIPV4MIXDOMAIN = "InvalidParameter.OriginL4RecordIPV4MixDomain"

	// Usage of multi-domain origin server is forbidden for layer-4 proxy.
	INVALIDPARAMETER_ORIGINL4RECORDMULTIDOMAIN = "InvalidParameter.OriginL4RecordMultiDomain"

	// The origin group name already exists.
	INVALIDPARAMETER_ORIGINNAMEEXISTS = "InvalidParameter.OriginNameExists"

	// The origin group ID is required.
	INVALIDPARAMETER_ORIGINORIGINGROUPIDISREQUIRED = "InvalidParameter.OriginOriginGroupIdIsRequired"

	// The return protocol is required in the operation of modifying the origin server.
	INVALIDPARAMETER_ORIGINPULLPROTOCOLISREQUIRED = "InvalidParameter.OriginPullProtocolIsRequired"

	// Incorrect origin server format. 
	INVALIDPARAMETER_ORIGINRECORDFORMATERROR = "InvalidParameter.OriginRecordFormatError"

	// Weight value range: 0-100.
	INVALIDPARAMETER_ORIGINRECORDWEIGHTVALUE = "InvalidParameter.OriginRecordWeightValue"

	// The key format is incorrect.
	INVALIDPARAMETER_ORIGINTHIRDPARTYPARAMFORMATERROR = "InvalidParameter.OriginThirdPartyParamFormatError"

	// Parameter error: Invalid “End time”. The interval between the start and end time cannot exceed 7 days.
	INVALIDPARAMETER_PARAMETERERROR = "InvalidParameter.ParameterError"

	// The plan doesn’t exist.
	INVALIDPARAMETER_PLANNOTFOUND = "InvalidParameter.PlanNotFound"

	// Maximum upload size exceeded.
	INVALIDPARAMETER_POSTMAXSIZELIMITEXCEEDED = "InvalidParameter.PostMaxSizeLimitExceeded"

	// The preheating origin rate limiting region parameter is invalid. please adjust the region and resubmit.
	INVALIDPARAMETER_PREFETCHORIGINLIMITAREAINVALID = "InvalidParameter.PrefetchOriginLimitAreaInvalid"

	// Preheated origin-pull speed limit bandwidth value is too large. adjust and resubmit.
	INVALIDPARAMETER_PREFETCHORIGINLIMITBANDWIDTHTOOLARGE = "InvalidParameter.PrefetchOriginLimitBandwidthTooLarge"

	// Preheated origin-pull speed limit bandwidth value is too low. adjust and resubmit.
	INVALIDPARAMETER_PREFETCHORIGINLIMITBANDWIDTHTOOSMALL = "InvalidParameter.PrefetchOriginLimitBandwidthTooSmall"

	// The preheating origin rate limiting control switch parameter is invalid. please adjust the region and resubmit.
	INVALIDPARAMETER_PREFETCHORIGINLIMITENABLEDINVALID = "InvalidParameter.PrefetchOriginLimitEnabledInvalid"

	// The instance name already exists.
	INVALIDPARAMETER_PROXYNAMEDUPLICATING = "InvalidParameter.ProxyNameDuplicating"

	// Instance name can contain 1 to 50 characters. The allowed characters are a to z, 0 to 9, and -. - cannot be registered alone or used continuously and cannot be placed at the beginning or the end.
	INVALIDPARAMETER_PROXYNAMENOTMATCHED = "InvalidParameter.ProxyNameNotMatched"

	// The push instance has been created.
	INVALIDPARAMETER_REALTIMELOGENTITYALREADYCREATED = "InvalidParameter.RealtimeLogEntityAlreadyCreated"

	// The log push region is invalid.
	INVALIDPARAMETER_REALTIMELOGINVALIDDELIVERYAREA = "InvalidParameter.RealtimeLogInvalidDeliveryArea"

	// The log push type is invalid.
	INVALIDPARAMETER_REALTIMELOGINVALIDLOGTYPE = "InvalidParameter.RealtimeLogInvalidLogType"

	// The real-time log delivery type is invalid.
	INVALIDPARAMETER_REALTIMELOGINVALIDTASKTYPE = "InvalidParameter.RealtimeLogInvalidTaskType"

	// The real-time log push task data exceeded the limit.
	INVALIDPARAMETER_REALTIMELOGNUMSEXCEEDLIMIT = "InvalidParameter.RealtimeLogNumsExceedLimit"

	// Namespace remark information is too long.
	INVALIDPARAMETER_REMARKTOOLONG = "InvalidParameter.RemarkTooLong"

	// Invalid response header.
	INVALIDPARAMETER_RESPONSEHEADERCACHECONTROLNOTALLOWDELETE = "InvalidParameter.ResponseHeaderCacheControlNotAllowDelete"

	// Incorrect origin server information format of the rules.
	INVALIDPARAMETER_RULEORIGINFORMATERROR = "InvalidParameter.RuleOriginFormatError"

	// The origin of the rule does not support multiple domain names.
	INVALIDPARAMETER_RULEORIGINMULTIDOMAIN = "InvalidParameter.RuleOriginMultiDomain"

	// The origin port of the rule must be an integer.
	INVALIDPARAMETER_RULEORIGINPORTINTEGER = "InvalidParameter.RuleOriginPortInteger"

	// Invalid origin in the rule.
	INVALIDPARAMETER_RULEORIGINVALUEERROR = "InvalidParameter.RuleOriginValueError"

	// The rule port already exists.
	INVALIDPARAMETER_RULEPORTDUPLICATING = "InvalidParameter.RulePortDuplicating"

	// Incorrect port number segment of the rules.
	INVALIDPARAMETER_RULEPORTGROUP = "InvalidParameter.RulePortGroup"

	// The port number of the rules must be an integer.
	INVALIDPARAMETER_RULEPORTINTEGER = "InvalidParameter.RulePortInteger"

	// Invalid parameter.
	INVALIDPARAMETER_SECURITY = "InvalidParameter.Security"

	// Configuration parameter error.
	INVALIDPARAMETER_SETTINGINVALIDPARAM = "InvalidParameter.SettingInvalidParam"

	// The current domain name does not support enabling EdgeOne Shield and cache pre-refresh simultaneously.
	INVALIDPARAMETER_SHIELDNOTSUPPORTHOSTCACHEPREFRESH = "InvalidParameter.ShieldNotSupportHostCachePrefresh"

	// The domain name does not support enabling EdgeOne Shield and origin protection simultaneously.
	INVALIDPARAMETER_SHIELDNOTSUPPORTHOSTORIGINWHITELIST = "InvalidParameter.ShieldNotSupportHostOriginWhitelist"

	// The current domain name does not support enabling EdgeOne Shield and smart acceleration simultaneously.
	INVALIDPARAMETER_SHIELDNOTSUPPORTHOSTSMARTROUTING = "InvalidParameter.ShieldNotSupportHostSmartRouting"

	// The current site does not support enabling EdgeOne Shield and cache pre-refresh simultaneously.
	INVALIDPARAMETER_SHIELDNOTSUPPORTZONECACHEPREFRESH = "InvalidParameter.ShieldNotSupportZoneCachePrefresh"

	// The current site does not support enabling EdgeOne Shield and smart acceleration simultaneously.
	INVALIDPARAMETER_SHIELDNOTSUPPORTZONESMARTROUTING = "InvalidParameter.ShieldNotSupportZoneSmartRouting"

	// EdgeOne Shield space not found.
	INVALIDPARAMETER_SHIELDSPACENOTFOUND = "InvalidParameter.ShieldSpaceNotFound"

	// EdgeOne Shield space parameter required.
	INVALIDPARAMETER_SHIELDSPACEREQUIREDERROR = "InvalidParameter.ShieldSpaceRequiredError"

	// EdgeOne Shield space status must be online.
	INVALIDPARAMETER_SHIELDSPACESTATUSMUSTONLINE = "InvalidParameter.ShieldSpaceStatusMustOnline"

	// Some bound origin server groups do not exist.
	INVALIDPARAMETER_SOMEORIGINGROUPNOTEXIST = "InvalidParameter.SomeOriginGroupNotExist"

	// Shield Space is not bound with an origin. 
	INVALIDPARAMETER_SPACENOTBINDORIGIN = "InvalidParameter.SpaceNotBindOrigin"

	// Invalid status code in cache.
	INVALIDPARAMETER_STATUSCODECACHEINVALIDSTATUSCODE = "InvalidParameter.StatusCodeCacheInvalidStatusCode"

	// Resource error
	INVALIDPARAMETER_TARGET = "InvalidParameter.Target"

	// Failed to create the task
	INVALIDPARAMETER_TASKNOTGENERATED = "InvalidParameter.TaskNotGenerated"

	// Internal error.
	INVALIDPARAMETER_TASKSYSTEMERROR = "InvalidParameter.TaskSystemError"

	// TLS version is not continuous for HTTPS.
	INVALIDPARAMETER_TLSVERSIONNOTINSEQUENCE = "InvalidParameter.TlsVersionNotInSequence"

	// Too many filter values.
	INVALIDPARAMETER_TOOMANYFILTERVALUES = "InvalidParameter.TooManyFilterValues"

	// Too many filter items.
	INVALIDPARAMETER_TOOMANYFILTERS = "InvalidParameter.TooManyFilters"

	// Invalid file upload link.
	INVALIDPARAMETER_UPLOADURL = "InvalidParameter.UploadUrl"

	// Invalid origin-pull client certificate configuration.
	INVALIDPARAMETER_UPSTREAMCLIENTCERTCHECKERROR = "InvalidParameter.UpstreamClientCertCheckError"

	// Invalid origin certificate verification configuration.
	INVALIDPARAMETER_UPSTREAMVERIFYCERTCHECKERROR = "InvalidParameter.UpstreamVerifyCertCheckError"

	// Invalid origin certificate verification configuration. certificate content is empty.
	INVALIDPARAMETER_UPSTREAMVERIFYCUSTOMCACERTNOINFO = "InvalidParameter.UpstreamVerifyCustomCACertNoInfo"

	// The site working mode remains unchanged.
	INVALIDPARAMETER_WORKMODEISSAME = "InvalidParameter.WorkModeIsSame"

	// The site acceleration region does not support the preheating origin rate limiting regional configuration. please adjust and resubmit.
	INVALIDPARAMETER_ZONEAREANOTSUPPORTPREFETCHORIGINLIMITAREA = "InvalidParameter.ZoneAreaNotSupportPrefetchOriginLimitArea"

	// The site is already bound.
	INVALIDPARAMETER_ZONEHASBEENBOUND = "InvalidParameter.ZoneHasBeenBound"

	// The zone is not bound to a package.
	INVALIDPARAMETER_ZONEHASNOTBEENBOUNDTOPLAN = "InvalidParameter.ZoneHasNotBeenBoundToPlan"

	// The site is being upgraded. Changing is not supported. Please try again later.
	INVALIDPARAMETER_ZONEISGRAYPUBLISHING = "InvalidParameter.ZoneIsGrayPublishing"

	// To switch a site from connecting without a domain name to connecting via the CNAME, the site name is required.
	INVALIDPARAMETER_ZONENAMEISREQUIRED = "InvalidParameter.ZoneNameIsRequired"

	// The site does not exist.
	INVALIDPARAMETER_ZONENOTFOUND = "InvalidParameter.ZoneNotFound"

	// Invalid parameter value.
	INVALIDPARAMETERVALUE = "InvalidParameterValue"

	// The domain name for this zone has been banned.
	INVALIDPARAMETERVALUE_ACCESSBLACKLIST = "InvalidParameterValue.AccessBlacklist"

	// Alias domain names do not support the configuration of edge mutual authentication for the time being.
	INVALIDPARAMETERVALUE_ALIASDOMAINNOTSUPPORTEDGEMTLS = "InvalidParameterValue.AliasDomainNotSupportEdgeMTLS"

	// Alias domain names do not support the configuration of origin-pull mutual authentication for the time being.
	INVALIDPARAMETERVALUE_ALIASDOMAINNOTSUPPORTUPSTREAMMTLS = "InvalidParameterValue.AliasDomainNotSupportUpstreamMTLS"

	// Alias domain names do not support the configuration of origin certificate verification for the time being.
	INVALIDPARAMETERVALUE_ALIASDOMAINNOTSUPPORTUPSTREAMVERIFY = "InvalidParameterValue.AliasDomainNotSupportUpstreamVerify"

	// The client certificate in the edge mTLS configuration must be a CA certificate.
	INVALIDPARAMETERVALUE_CERTIFICATEVERIFYCLIENTMUSTCA = "InvalidParameterValue.CertificateVerifyClientMustCa"

	// Edge mTLS configuration requires at least one certificate.
	INVALIDPARAMETERVALUE_CERTIFICATEVERIFYCLIENTNEEDCERT = "InvalidParameterValue.CertificateVerifyClientNeedCert"

	// Currently, only RSA or ECC algorithm certificates are supported for the origin-pull mutual authentication, and the SCA SM2 algorithm certificates are not supported.
	INVALIDPARAMETERVALUE_CERTIFICATEVERIFYUPSTREAMCLIENTMUSTRSAORECC = "InvalidParameterValue.CertificateVerifyUpstreamClientMustRSAorECC"

	// The certificate type for the origin-pull mutual authentication is incorrect and cannot be configured as a CA certificate.
	INVALIDPARAMETERVALUE_CERTIFICATEVERIFYUPSTREAMCLIENTMUSTSVR = "InvalidParameterValue.CertificateVerifyUpstreamClientMustSVR"

	// Origin-pull mutual authentication configuration requires at least one certificate.
	INVALIDPARAMETERVALUE_CERTIFICATEVERIFYUPSTREAMCLIENTNEEDCERT = "InvalidParameterValue.CertificateVerifyUpstreamClientNeedCert"

	// The certificate type for origin certificate verification is incorrect. only CA certificates are supported.
	INVALIDPARAMETERVALUE_CERTIFICATEVERIFYUPSTREAMVERIFYCUSTOMCAMUSTCA = "InvalidParameterValue.CertificateVerifyUpstreamVerifyCustomCAMustCA"

	// Currently, only RSA or ECC algorithm certificates are supported for origin certificate verification. the SM2 algorithm certificates are not supported.
	INVALIDPARAMETERVALUE_CERTIFICATEVERIFYUPSTREAMVERIFYCUSTOMCAMUSTRSAORECC = "InvalidParameterValue.CertificateVerifyUpstreamVerifyCustomCAMustRSAorECC"

	// Origin certificate verification configuration requires at least one certificate.
	INVALIDPARAMETERVALUE_CERTIFICATEVERIFYUPSTREAMVERIFYCUSTOMCANEEDCERT = "InvalidParameterValue.CertificateVerifyUpstreamVerifyCustomCANeedCert"

	// The client CA certificate in edge mTLS configuration allows a maximum of 20 certificates.
	INVALIDPARAMETERVALUE_CLIENTCERTINFOQUOTALIMIT = "InvalidParameterValue.ClientCertInfoQuotaLimit"

	// It conflicts with existing records.
	INVALIDPARAMETERVALUE_CONFLICTRECORD = "InvalidParameterValue.ConflictRecord"

	// DNS records conflict with DNSSEC.
	INVALIDPARAMETERVALUE_CONFLICTWITHDNSSEC = "InvalidParameterValue.ConflictWithDNSSEC"

	// The DNS record conflicts with acceleration domain name record.
	INVALIDPARAMETERVALUE_CONFLICTWITHDOMAIN = "InvalidParameterValue.ConflictWithDomain"

	// This DNS record conflicts with NS records.
	INVALIDPARAMETERVALUE_CONFLICTWITHNSRECORD = "InvalidParameterValue.ConflictWithNSRecord"

	// The host record cannot be the same as the record value.
	INVALIDPARAMETERVALUE_CONTENTSAMEASNAME = "InvalidParameterValue.ContentSameAsName"

	// The page content does not match the Content-Type.
	INVALIDPARAMETERVALUE_CONTENTTYPENOTMATCH = "InvalidParameterValue.ContentTypeNotMatch"

	// The specified domain name does not match the site. 
	INVALIDPARAMETERVALUE_DOMAINNOTMATCHZONE = "InvalidParameterValue.DomainNotMatchZone"

	// When specifying the DimensionName parameter, the Filters field must contain filter criteria corresponding to DimensionName.
	INVALIDPARAMETERVALUE_FILTERSMUSTINCLUDEDIMENSIONNAME = "InvalidParameterValue.FiltersMustIncludeDimensionName"

	// Format mismatch.
	INVALIDPARAMETERVALUE_FORMATMISMATCH = "InvalidParameterValue.FormatMismatch"

	// Configuration parameter format mismatch.
	INVALIDPARAMETERVALUE_GENERALMISMATCH = "InvalidParameterValue.GeneralMismatch"

	// Contains invalid value.
	INVALIDPARAMETERVALUE_INCLUDEINVALIDVALUE = "InvalidParameterValue.IncludeInvalidValue"

	// Incorrect inference service name format.
	INVALIDPARAMETERVALUE_INFERENCESERVICENAME = "InvalidParameterValue.InferenceServiceName"

	// Duplicated reasoning service name.
	INVALIDPARAMETERVALUE_INFERENCESERVICENAMEDUPLICATE = "InvalidParameterValue.InferenceServiceNameDuplicate"

	// The alias domain name is invalid. It must contain numerics, English characters, and hyphens, but hyphen is not allowed at the beginning or the end.
	INVALIDPARAMETERVALUE_INVALIDALIASDOMAINNAME = "InvalidParameterValue.InvalidAliasDomainName"

	// Invalid alias domain suffix. This domain is for internal usage and cannot be used as the alias domain.
	INVALIDPARAMETERVALUE_INVALIDALIASNAMESUFFIX = "InvalidParameterValue.InvalidAliasNameSuffix"

	// Incorrect DNS record.
	INVALIDPARAMETERVALUE_INVALIDDNSCONTENT = "InvalidParameterValue.InvalidDNSContent"

	// Incorrect DNS record name.
	INVALIDPARAMETERVALUE_INVALIDDNSNAME = "InvalidParameterValue.InvalidDNSName"

	// Invalid accelerated domain name. It can contain [0-9], [A-Z], [a-z] and [-]. It cannot start or end with "-". 
	INVALIDPARAMETERVALUE_INVALIDDOMAINNAME = "InvalidParameterValue.InvalidDomainName"

	// Invalid domain name. Please check the status.
	INVALIDPARAMETERVALUE_INVALIDDOMAINSTATUS = "InvalidParameterValue.InvalidDomainStatus"

	// Invalid keyless server ID.
	INVALIDPARAMETERVALUE_INVALIDKEYLESSSERVERID = "InvalidParameterValue.InvalidKeylessServerId"

	// Incorrect DNS proxy
	INVALIDPARAMETERVALUE_INVALIDPROXYORIGIN = "InvalidParameterValue.InvalidProxyOrigin"

	// The origin server failure failover configuration item exists under an unsupported match condition. Delete the configuration.
	INVALIDPARAMETERVALUE_INVALIDSITEFAILOVERUNSUPPORTED = "InvalidParameterValue.InvalidSiteFailoverUnsupported"

	// The tag value contains invalid characters.
	INVALIDPARAMETERVALUE_INVALIDTAGVALUE = "InvalidParameterValue.InvalidTagValue"

	// Missing required configuration parameters.
	INVALIDPARAMETERVALUE_MISSINGNECESSARYPARAM = "InvalidParameterValue.MissingNecessaryParam"

	// Wildcard domain CNAMEs are not supported.
	INVALIDPARAMETERVALUE_NOTALLOWEDWILDCARDSHAREDCNAME = "InvalidParameterValue.NotAllowedWildcardSharedCNAME"

	// The value is not within the required collection.
	INVALIDPARAMETERVALUE_NOTINENUMERATION = "InvalidParameterValue.NotInEnumeration"

	// The value is not within the specified range.
	INVALIDPARAMETERVALUE_NOTWITHINRANGE = "InvalidParameterValue.NotWithinRange"

	// OC switching does not support enabling origin certificate verification.
	INVALIDPARAMETERVALUE_OCDIRECTORIGINDOMAINNOTSUPPORTUPSTREAMVERIFY = "InvalidParameterValue.OCDirectOriginDomainNotSupportUpstreamVerify"

	// The specified origin group does not exist.
	INVALIDPARAMETERVALUE_ORIGINGROUPNOTEXISTS = "InvalidParameterValue.OriginGroupNotExists"

	// Verification failed for ownership. please first complete site ownership verification.
	INVALIDPARAMETERVALUE_OWNERSHIPVERIFICATIONNOTPASSED = "InvalidParameterValue.OwnershipVerificationNotPassed"

	// The page name already exists.
	INVALIDPARAMETERVALUE_PAGENAMEALREADYEXIST = "InvalidParameterValue.PageNameAlreadyExist"

	// Does not match the specified regular expression.
	INVALIDPARAMETERVALUE_REGEXMISMATCH = "InvalidParameterValue.RegExMismatch"

	// Edge mTLS is enabled. When the client uses an RSA or ECC algorithm certificate, the same algorithm certificate should also be configured in the edge HTTPS certificate.
	INVALIDPARAMETERVALUE_SERVERCERTINFONEEDCONTAINRSAORECC = "InvalidParameterValue.ServerCertInfoNeedContainRSAorECC"

	// Edge mTLS is enabled. When the client uses a national encryption CA certificate, the national encryption certificate should also be configured in the edge HTTPS certificate.
	INVALIDPARAMETERVALUE_SERVERCERTINFONEEDCONTAINSM2 = "InvalidParameterValue.ServerCertInfoNeedContainSM2"

	// Enter a valid shared CNAME prefix of up to 50 characters.
	INVALIDPARAMETERVALUE_SHAREDCNAMEPREFIXNOTMATCH = "InvalidParameterValue.SharedCNAMEPrefixNotMatch"

	// Enabling origin server failover and origin request rate limiting simultaneously is not supported.
	INVALIDPARAMETERVALUE_SITEFAILOVERNOTSUPPORTHOSTORIGINPULLRATELIMIT = "InvalidParameterValue.SiteFailoverNotSupportHostOriginPullRateLimit"

	// Fault migration does not support VOD as the origin server type.
	INVALIDPARAMETERVALUE_SITEFAILOVERNOTSUPPORTHOSTORIGINTYPEVOD = "InvalidParameterValue.SiteFailoverNotSupportHostOriginTypeVod"

	// Unsupported to enable origin server failover and origin-pull mutual authentication/origin certificate verification simultaneously.
	INVALIDPARAMETERVALUE_SITEFAILOVERNOTSUPPORTHOSTUPSTREAMVERIFY = "InvalidParameterValue.SiteFailoverNotSupportHostUpstreamVerify"

	// The input template contains a template that is not a custom template.
	INVALIDPARAMETERVALUE_TEMPLATENOTCUSTOM = "InvalidParameterValue.TemplateNotCustom"

	// The template contains non-existing templates. please check whether the template id is correct.
	INVALIDPARAMETERVALUE_TEMPLATENOTFOUND = "InvalidParameterValue.TemplateNotFound"

	// The current domain suffix is not supported for access. Please contact us if you need to use it.
	INVALIDPARAMETERVALUE_TOPLEVELDOMAINNOTSUPPORT = "InvalidParameterValue.TopLevelDomainNotSupport"

	// Referencing is not allowed on the custom page of the trial plan.
	INVALIDPARAMETERVALUE_TRIALPLANRESPONSEPAGE = "InvalidParameterValue.TrialPlanResponsePage"

	// Configuration item error.
	INVALIDPARAMETERVALUE_UNRECOGNIZABLEVALUE = "InvalidParameterValue.UnrecognizableValue"

	// One client certificate is allowed at most in the origin-pull mutual authentication configuration.
	INVALIDPARAMETERVALUE_UPSTREAMCLIENTCERTINFOQUOTALIMIT = "InvalidParameterValue.UpstreamClientCertInfoQuotaLimit"

	// Origin certificate verification configuration allows up to one CA certificate.
	INVALIDPARAMETERVALUE_UPSTREAMVERIFYCUSTOMCACERTINFOQUOTALIMIT = "InvalidParameterValue.UpstreamVerifyCustomCACertInfoQuotaLimit"

	// The zone name format is incorrect. Please input a correctly formed domain name.
	INVALIDPARAMETERVALUE_ZONENAMEINVALID = "InvalidParameterValue.ZoneNameInvalid"

	// Punycode access is not supported at present.
	INVALIDPARAMETERVALUE_ZONENAMENOTSUPPORTPUNYCODE = "InvalidParameterValue.ZoneNameNotSupportPunyCode"

	// The zone does not support subdomain access. Please use second-level domains for zone access.
	INVALIDPARAMETERVALUE_ZONENAMENOTSUPPORTSUBDOMAIN = "InvalidParameterValue.ZoneNameNotSupportSubDomain"

	// No corresponding site. please ensure correct information entry.
	INVALIDPARAMETERVALUE_ZONENOTFOUND = "InvalidParameterValue.ZoneNotFound"

	// The site is disabled. check current site status.
	INVALIDPARAMETERVALUE_ZONEPAUSED = "InvalidParameterValue.ZonePaused"

	// The site alias already exists. 
	INVALIDPARAMETERVALUE_ZONESAMEASNAME = "InvalidParameterValue.ZoneSameAsName"

	// The quota limit has been reached.
	LIMITEXCEEDED = "LimitExceeded"

	// Reached the upper limit of resource number
	LIMITEXCEEDED_BATCHQUOTA = "LimitExceeded.BatchQuota"

	// The number of regular expression type fields in real-time log custom fields exceeds the limit.
	LIMITEXCEEDED_CUSTOMLOGFIELDREGEXLIMITEXCEEDED = "LimitExceeded.CustomLogFieldRegexLimitExceeded"

	// Reached the daily upper limit of resource number
	LIMITEXCEEDED_DAILYQUOTA = "LimitExceeded.DailyQuota"

	// The number of functions has reached the limit.
	LIMITEXCEEDED_FUNCTIONLIMITEXCEEDED = "LimitExceeded.FunctionLimitExceeded"

	// The number of inference services has exceeded the limit.
	LIMITEXCEEDED_INFERENCESERVICE = "LimitExceeded.InferenceService"

	// The number of LoadBalancers exceeds the limit.
	LIMITEXCEEDED_LOADBALANCINGCOUNTLIMITEXCEEDED = "LimitExceeded.LoadBalancingCountLimitExceeded"

	// The number of KV namespaces in the site has reached the upper limit.
	LIMITEXCEEDED_NAMESPACELIMITEXCEEDED = "LimitExceeded.NamespaceLimitExceeded"

	// Not supported by the plan.
	LIMITEXCEEDED_PACKNOTALLOW = "LimitExceeded.PackNotAllow"

	// The number of rules imported has exceeded the limit.
	LIMITEXCEEDED_PROXYRULESLIMITEXCEEDED = "LimitExceeded.ProxyRulesLimitExceeded"

	// Query time limit exceeded.
	LIMITEXCEEDED_QUERYTIMELIMITEXCEEDED = "LimitExceeded.QueryTimeLimitExceeded"

	// Reached the API rate limit.
	LIMITEXCEEDED_RATELIMITEXCEEDED = "LimitExceeded.RateLimitExceeded"

	// The number of rules has reached the limit.
	LIMITEXCEEDED_RULELIMITEXCEEDED = "LimitExceeded.RuleLimitExceeded"

	// Limit exceeded
	LIMITEXCEEDED_SECURITY = "LimitExceeded.Security"

	// The time series data items queried this time exceed the limit.
	LIMITEXCEEDED_TIMINGDATAITEMLIMITEXCEEDED = "LimitExceeded.TimingDataItemLimitExceeded"

	// User instance quantity limitation.
	LIMITEXCEEDED_USERQUOTALIMITED = "LimitExceeded.UserQuotaLimited"

	// Reached the upper limit of sites of the plan
	LIMITEXCEEDED_ZONEBINDPLAN = "LimitExceeded.ZoneBindPlan"

	// Missing parameters.
	MISSINGPARAMETER = "MissingParameter"

	// Operation denied.
	OPERATIONDENIED = "OperationDenied"

	// Cross-MLC-border acceleration is in beta. To join the beta, submit a ticket.
	OPERATIONDENIED_ACCELERATEMAINLANDDISABLE = "OperationDenied.AccelerateMainlandDisable"

	// Cross-MLC-border acceleration and IPv6 cannot be configured at the same time.
	OPERATIONDENIED_ACCELERATEMAINLANDIPV6CONFLICT = "OperationDenied.AccelerateMainlandIpv6Conflict"

	// The existing domain feature under the current site conflicts with the Chinese mainland network optimization, and cannot be configured at the same time.
	OPERATIONDENIED_ACCELERATEMAINLANDMULTIPLYLAYERCONFLICT = "OperationDenied.AccelerateMainlandMultiplyLayerConflict"

	// An L7 DNS service referencing the origin group is being deployed. Please edit later.
	OPERATIONDENIED_ACCELERATIONDOMAINSTATUSNOTINONLINE = "OperationDenied.AccelerationDomainStatusNotInOnline"

	// 
	OPERATIONDENIED_ADVANCEDORIGINROUTINGCONFLICTWITHDCIOVERSEALAN = "OperationDenied.AdvancedOriginRoutingConflictWithDciOverseaLan"

	// This operation is not supported for alias domain names.
	OPERATIONDENIED_ALIASDOMAINNOTSUPPORT = "OperationDenied.AliasDomainNotSupport"

	// Currently, only the keyless certificate mode allows the private key of the certificate to be empty.
	OPERATIONDENIED_CERTIFICATEPRIVATEKEYISEMPTY = "OperationDenied.CertificatePrivateKeyIsEmpty"

	// The current compliance status is banning.
	OPERATIONDENIED_COMPLIANCEFORBIDDEN = "OperationDenied.ComplianceForbidden"

	// The configuration is locked. Please unlock and try again.
	OPERATIONDENIED_CONFIGLOCKED = "OperationDenied.ConfigLocked"

	// The TEO_QCSLinkedRoleInDnspodAccessEO role is not authorized. Please authorize it and try again.
	OPERATIONDENIED_DNSPODUNAUTHORIZEDROLEOPERATION = "OperationDenied.DNSPodUnauthorizedRoleOperation"

	// The pre-check failed during site deletion.
	OPERATIONDENIED_DELETEZONEPRECHECKFAILED = "OperationDenied.DeleteZonePreCheckFailed"

	// The EdgeOne service of the site is being disabled. Please try again later.
	OPERATIONDENIED_DISABLEZONENOTCOMPLETED = "OperationDenied.DisableZoneNotCompleted"

	// Switch failed: There are domain names in the shared CNAME group.
	OPERATIONDENIED_DOMAININSHARECNAMEGROUP = "OperationDenied.DomainInShareCnameGroup"

	// Unable to use the domain name when it’s blocked.
	OPERATIONDENIED_DOMAINISBLOCKED = "OperationDenied.DomainIsBlocked"

	// Domain name must be in associated site of shared CNAME IP SSL and must be in shared CNAME IP SSL
	OPERATIONDENIED_DOMAINMUSTINIPSSLSHAREDCNAMEZONEANDINSHAREDCNAME = "OperationDenied.DomainMustInIPSSLSharedCNAMEZoneAndInSharedCNAME"

	// The domain name doesn't have an ICP filing number.
	OPERATIONDENIED_DOMAINNOICP = "OperationDenied.DomainNoICP"

	// Unable to modify the service area: There are domain names under the site.
	OPERATIONDENIED_DOMAINNUMBERISNOTZERO = "OperationDenied.DomainNumberIsNotZero"

	// Some domain names on the site are currently experiencing instability. The stable states for domain names are "online" and "offline".
	OPERATIONDENIED_DOMAINSTATUSUNSTABLE = "OperationDenied.DomainStatusUnstable"

	// The Enterprise Edition Plan does not support auto-renewal.
	OPERATIONDENIED_ENTERPRISEPLANAUTORENEWUNSUPPORTED = "OperationDenied.EnterprisePlanAutoRenewUnsupported"

	// The Enterprise Edition Plan does not support renewal.
	OPERATIONDENIED_ENTERPRISEPLANRENEWUNSUPPORTED = "OperationDenied.EnterprisePlanRenewUnsupported"

	// The Enterprise Edition Plan does not support upgrades.
	OPERATIONDENIED_ENTERPRISEPLANUPGRADEUNSUPPORTED = "OperationDenied.EnterprisePlanUpgradeUnsupported"

	// The site environment is not ready.
	OPERATIONDENIED_ENVNOTREADY = "OperationDenied.EnvNotReady"

	// The EdgeOne service of the site is disabled. Please enable it and try again.
	OPERATIONDENIED_ERRZONEISALREADYPAUSED = "OperationDenied.ErrZoneIsAlreadyPaused"

	// The edge HTTPS certificate of the domain name to be changed is inconsistent. Please confirm that the domain name certificates are consistent and retry.
	OPERATIONDENIED_HOSTSCERTIFICATEINCONSISTENCY = "OperationDenied.HostsCertificateInconsistency"

	// The edge mutual authentication certificates for the domain name to be changed are inconsistent. Please confirm that the domain name certificates are consistent and try again.
	OPERATIONDENIED_HOSTSCLIENTCERTIFICATEINCONSISTENCY = "OperationDenied.HostsClientCertificateInconsistency"

	// The keyless server of the domain name to be changed is inconsistent. Please confirm that the keyless server is consistent before retrying.
	OPERATIONDENIED_HOSTSKEYLESSSERVERINCONSISTENCY = "OperationDenied.HostsKeylessServerInconsistency"

	// The origin-pull mutual authentication certificates for the domain name to be changed are inconsistent. Please confirm that the domain name certificates are consistent and try again.
	OPERATIONDENIED_HOSTSUPSTREAMCERTIFICATEINCONSISTENCY = "OperationDenied.HostsUpstreamCertificateInconsistency"

	// The origin certificate verification for the domain name to be changed is inconsistent. please confirm the domain name is configured the same and try again.
	OPERATIONDENIED_HOSTSUPSTREAMCERTIFICATEVERIFYINCONSISTENCY = "OperationDenied.HostsUpstreamCertificateVerifyInconsistency"

	// The IP SSL is bound to other domains. No operations allowed.
	OPERATIONDENIED_IPSSLALREADYBOUNDANOTHERDOMAIN = "OperationDenied.IPSSLAlreadyBoundAnotherDomain"

	// The security service must be enabled when you enable the DDoS Protection.
	OPERATIONDENIED_INVALIDADVANCEDDEFENSESECURITYTYPE = "OperationDenied.InvalidAdvancedDefenseSecurityType"

	// The acceleration regions of the site must be in the Chinese mainland when you enable the DDoS Protection.
	OPERATIONDENIED_INVALIDADVANCEDDEFENSEZONEAREA = "OperationDenied.InvalidAdvancedDefenseZoneArea"

	// 
	OPERATIONDENIED_INVALIDADVANCEDORIGINROUTINGBILLING = "OperationDenied.InvalidAdvancedOriginRoutingBilling"

	// Exclusive DDoS protection conflicts with IPv6. They cannot be configured at the same time.
	OPERATIONDENIED_IPV6ADVANCEDCONFLICT = "OperationDenied.Ipv6AdvancedConflict"

	// The IPv6 feature and static IP cannot be enabled at the same time.
	OPERATIONDENIED_IPV6STATICIPCONFLICT = "OperationDenied.Ipv6StaticIpConflict"

	// The domain name to be changed has a different certificate or keyless server. Please confirm that the edge HTTPS certificate or keyless server is consistent before retrying.
	OPERATIONDENIED_KEYLESSCERTSWITCHTOFREECERTCONFLICT = "OperationDenied.KeylessCertSwitchToFreeCertConflict"

	// The keyless certificate mode requires the private key of the certificate to be empty.
	OPERATIONDENIED_KEYLESSMODECERTIFICATEPRIVATEKEYNEEDEMPTY = "OperationDenied.KeylessModeCertificatePrivateKeyNeedEmpty"

	// The layer-4 instance resource sales are skyrocketing and now the resources are sold out. Replenishing is in progress. Currently, new layer-4 proxies cannot be added. Please wait.
	OPERATIONDENIED_L4LACKOFRESOURCES = "OperationDenied.L4LackOfResources"

	// The sale of Layer 4 port resources is booming and they have been sold out. We are urgently restocking. At present, it is not possible to add new Layer 4 proxies or rules, and we kindly ask for your patience.
	OPERATIONDENIED_L4PORTLACKOFRESOURCES = "OperationDenied.L4PortLackOfResources"

	// Operation failed: The L4 proxy is blocked.
	OPERATIONDENIED_L4PROXYINBANNEDSTATUS = "OperationDenied.L4ProxyInBannedStatus"

	// The Layer 4 channel is closed and rule addition is disallowed.
	OPERATIONDENIED_L4PROXYINOFFLINESTATUS = "OperationDenied.L4ProxyInOfflineStatus"

	// The instance is currently in deployment and cannot be operated.
	OPERATIONDENIED_L4PROXYINPROCESSSTATUS = "OperationDenied.L4ProxyInProcessStatus"

	// The EdgeOne service cannot be disabled for the site: A L4 proxy instance is being deployed.
	OPERATIONDENIED_L4PROXYINPROGRESSSTATUS = "OperationDenied.L4ProxyInProgressStatus"

	// Unable to disable the site: There are L4 proxy instances disabled.
	OPERATIONDENIED_L4PROXYINSTOPPINGSTATUS = "OperationDenied.L4ProxyInStoppingStatus"

	// Unable to operate the L4 instance when it’s not running
	OPERATIONDENIED_L4STATUSNOTINONLINE = "OperationDenied.L4StatusNotInOnline"

	// The EdgeOne service cannot be disabled for the site: An accelerated domain name is being deployed.
	OPERATIONDENIED_L7HOSTINPROCESSSTATUS = "OperationDenied.L7HostInProcessStatus"

	// The domain name associated with the last IP SSL operation is not yet launched. Please wait for launch completion after proceeding.
	OPERATIONDENIED_LASTIPSSLOPERATIONNOTCOMPLETE = "OperationDenied.LastIPSSLOperationNotComplete"

	// The origin allowlist is already the latest version. no need to update.
	OPERATIONDENIED_LATESTVERSIONNOW = "OperationDenied.LatestVersionNow"

	// The affiliated Cloud Load Balancer is not in a running state. Operation is forbidden.
	OPERATIONDENIED_LOADBALANCESTATUSNOTINONLINE = "OperationDenied.LoadBalanceStatusNotInOnline"

	// The site status does not support operations on load balancers.
	OPERATIONDENIED_LOADBALANCINGZONEISNOTACTIVE = "OperationDenied.LoadBalancingZoneIsNotActive"

	// IPv6 cannot be enabled for non-overseas exclusive protection.
	OPERATIONDENIED_MSGIPV6ADVANCEDCONFLICT = "OperationDenied.MsgIpv6AdvancedConflict"

	// Unable to switch to NS for multiple sites using CNAME.
	OPERATIONDENIED_MULTIPLECNAMEZONE = "OperationDenied.MultipleCnameZone"

	// Domain traffic scheduling is not supported in NS access mode.
	OPERATIONDENIED_NSNOTALLOWTRAFFICSTRATEGY = "OperationDenied.NSNotAllowTrafficStrategy"

	// You can only switch a site connected without a domain name to connecting via the CNAME
	OPERATIONDENIED_NODOMAINACCESSZONEONLYALLOWMODIFIEDTOCNAME = "OperationDenied.NoDomainAccessZoneOnlyAllowModifiedToCNAME"

	// Domainless access sites only support modifying the acceleration region and identical site identifier.
	OPERATIONDENIED_NODOMAINACCESSZONEONLYSUPPORTMODIFYAREAANDALIASZONENAME = "OperationDenied.NoDomainAccessZoneOnlySupportModifyAreaAndAliasZoneName"

	// You can only switch a site connected without a domain name to connecting via the CNAME. Other operations are not allowed.
	OPERATIONDENIED_NODOMAINACCESSZONEONLYSUPPORTMODIFYTYPE = "OperationDenied.NoDomainAccessZoneOnlySupportModifyType"

	// 
	OPERATIONDENIED_NOTINADVANCEDORIGINROUTINGWHITELIST = "OperationDenied.NotInAdvancedOriginRoutingWhiteList"

	// Currently, the keyless certificate feature is available only to users in the allowlist.
	OPERATIONDENIED_NOTINKEYLESSWHITELIST = "OperationDenied.NotInKeylessWhiteList"

	// Not in the preheating origin speed limit allowlist. submit a ticket.
	OPERATIONDENIED_NOTINPREFETCHORIGINLIMITWHITELIST = "OperationDenied.NotInPrefetchOriginLimitWhiteList"

	// EdgeOne Shield functionality is currently only available to allowlist users.
	OPERATIONDENIED_NOTINSHIELDSPACEWHITELIST = "OperationDenied.NotInShieldSpaceWhiteList"

	// The current origin server failover feature is only available to allowlist users.
	OPERATIONDENIED_NOTINSITEFAILOVERWHITELIST = "OperationDenied.NotInSiteFailoverWhiteList"

	// The current origin-pull mutual authentication feature is only available to allowlist users.
	OPERATIONDENIED_NOTINUPSTREAMMTLSWHITELIST = "OperationDenied.NotInUpstreamMTLSWhiteList"

	// The current user is not included in the whitelist for version management.
	OPERATIONDENIED_NOTINVERSIONCONTROLWHITELIST = "OperationDenied.NotInVersionControlWhiteList"

	// Failed to delete: The acceleration domain name is in use. 
	OPERATIONDENIED_ORIGINGROUPACCELERATIONDOMAINUSED = "OperationDenied.OriginGroupAccelerationDomainUsed"

	// The Layer 4 proxy is in use and cannot be deleted.
	OPERATIONDENIED_ORIGINGROUPL4USED = "OperationDenied.OriginGroupL4Used"

	// The Cloud Load Balancer is in use and cannot be deleted.
	OPERATIONDENIED_ORIGINGROUPLBUSED = "OperationDenied.OriginGroupLBUsed"

	// The rule engine is in use and cannot be deleted.
	OPERATIONDENIED_ORIGINGROUPRULEENGINEUSED = "OperationDenied.OriginGroupRuleEngineUsed"

	// The current root account does not have permission for the data query interface. contact after-sales.
	OPERATIONDENIED_ORIGINPULLDATANOTSUPPORTED = "OperationDenied.OriginPullDataNotSupported"

	// Ownership verification failed. Please complete the site ownership verification first.
	OPERATIONDENIED_OWNERSHIPVERIFICATIONNOTPASSED = "OperationDenied.OwnershipVerificationNotPassed"

	// A plan downgrade is not supported.
	OPERATIONDENIED_PLANDOWNGRADENOTALLOWED = "OperationDenied.PlanDowngradeNotAllowed"

	// The plan has expired.
	OPERATIONDENIED_PLANHASBEENEXPIRED = "OperationDenied.PlanHasBeenExpired"

	// The plan has been isolated.
	OPERATIONDENIED_PLANHASBEENISOLATED = "OperationDenied.PlanHasBeenIsolated"

	// This plan does not support the purchase of additional plan quotas.
	OPERATIONDENIED_PLANINCREASEPLANQUOTAUNSUPPORTED = "OperationDenied.PlanIncreasePlanQuotaUnsupported"

	// The specified plan does not support changing the service area of the site.
	OPERATIONDENIED_PLANNOTSUPPORTMODIFYZONEAREA = "OperationDenied.PlanNotSupportModifyZoneArea"

	// The enterprise package for site configuration does not support the version control feature.
	OPERATIONDENIED_PLANTYPEISWRONG = "OperationDenied.PlanTypeIsWrong"

	// This site is using Anycast IP scheduling mode and does not support Cross-MLC-border acceleration. 
	OPERATIONDENIED_PLATTYPEIPACCELERATEMAINLANDNOTSUPPORT = "OperationDenied.PlatTypeIPAccelerateMainlandNotSupport"

	// To create an Enterprise Edition Plan, contact the business personnel.
	OPERATIONDENIED_PLEASECONTACTBUSINESSPERSONNEL = "OperationDenied.PleaseContactBusinessPersonnel"

	// The DNS record cannot be added.
	OPERATIONDENIED_RECORDISFORBIDDEN = "OperationDenied.RecordIsForbidden"

	// Billing resources are in operation. Try again later.
	OPERATIONDENIED_RESOURCEHASBEENLOCKED = "OperationDenied.ResourceHasBeenLocked"

	// This operation conflicts with concurrent operations. Try again later.
	OPERATIONDENIED_RESOURCELOCKEDTEMPORARY = "OperationDenied.ResourceLockedTemporary"

	// Advanced protection resources are in high demand and sold out. urgently restocking. currently, advanced protection cannot be enabled. please wait patiently.
	OPERATIONDENIED_SECURITYLACKOFRESOURCES = "OperationDenied.SecurityLackOfResources"

	// The domain name is bound with a shared CNAME and cannot be changed to "Cross-MLC-border acceleration". Please unbind the domain name from the shared CNAME first.
	OPERATIONDENIED_SHAREDCNAMEUNSUPPORTEDACCELERATEMAINLAND = "OperationDenied.SharedCNAMEUnsupportedAccelerateMainland"

	// The domain name is bound with a shared CNAME and cannot be changed to "IPv6 access". Please unbind the domain name from the shared CNAME first.
	OPERATIONDENIED_SHAREDCNAMEUNSUPPORTEDIPV6 = "OperationDenied.SharedCNAMEUnsupportedIPv6"

	// The static IP cannot be enabled for this instance's region.
	OPERATIONDENIED_STATICIPAREACONFLICT = "OperationDenied.StaticIpAreaConflict"

	// The current domain is integrated with both CDN and EO. Operation is not supported.
	OPERATIONDENIED_SWITCHAREACDNPLATFORMREUSE = "OperationDenied.SwitchAreaCdnPlatformReuse"

	// The origin protection configuration is being deployed. Please switch the acceleration region after deployment.
	OPERATIONDENIED_SWITCHAREAORIGINPROTECTIONDEPLOYING = "OperationDenied.SwitchAreaOriginProtectionDeploying"

	// Disabling the origin-pull mutual authentication is not supported now. To disable it, please change the edge HTTPS certificate configuration to 'none'.
	OPERATIONDENIED_UNSUPPORTTOCLOSEUPSTREAMMTLS = "OperationDenied.UnSupportToCloseUpstreamMTLS"

	// The package is not supported.
	OPERATIONDENIED_UNSUPPORTEDPLAN = "OperationDenied.UnsupportedPlan"

	// Please first update the IP allowlist.
	OPERATIONDENIED_UPDATEIPWHITELISTFIRST = "OperationDenied.UpdateIPWhitelistFirst"

	// To enable the origin-pull mutual authentication, please configure the edge HTTPS certificate first.
	OPERATIONDENIED_USEUPSTREAMMTLSNEEDOPENHTTPS = "OperationDenied.UseUpstreamMTLSNeedOpenHttps"

	// There is a test version in use. Please release the test version to the live environment, or roll back the test version and try again.
	OPERATIONDENIED_VERSIONCONTROLISGRAYING = "OperationDenied.VersionControlIsGraying"

	// The operation is not allowed because the version management mode is applied.
	OPERATIONDENIED_VERSIONCONTROLLOCKED = "OperationDenied.VersionControlLocked"

	// For sites in NS mode, please first switch NS before toggling version management.
	OPERATIONDENIED_VERSIONCONTROLNEEDNSSWITCHED = "OperationDenied.VersionControlNeedNSSwitched"

	// The specified site working mode is not applicable to the version management mode.
	OPERATIONDENIED_WORKMODENOTINVERSIONCONTROL = "OperationDenied.WorkModeNotInVersionControl"

	// When modifying the acceleration region, if a domain name already exists under the site, you cannot simultaneously adjust other info.
	OPERATIONDENIED_ZONEHASHOSTSMODIFYCONFLICT = "OperationDenied.ZoneHasHostsModifyConflict"

	// The shared CNAME has been bound to another site. Please unbind first.
	OPERATIONDENIED_ZONEISBINDINGSHAREDCNAME = "OperationDenied.ZoneIsBindingSharedCNAME"

	// Error found in the associated custom error page. Please unbind it first.
	OPERATIONDENIED_ZONEISREFERENCECUSTOMERRORPAGE = "OperationDenied.ZoneIsReferenceCustomErrorPage"

	// The zone is disabled.
	OPERATIONDENIED_ZONENOTACTIVE = "OperationDenied.ZoneNotActive"

	// The resource is occupied.
	RESOURCEINUSE = "ResourceInUse"

	// Resources occupied by the alias domain names under this account.
	RESOURCEINUSE_ALIASDOMAIN = "ResourceInUse.AliasDomain"

	// The alias domain name already exists.
	RESOURCEINUSE_ALIASNAME = "ResourceInUse.AliasName"

	// The domain name already exists as an acceleration domain name. repeated access is not supported.
	RESOURCEINUSE_ALREADYEXISTSASANACCELERATIONDOMAIN = "ResourceInUse.AlreadyExistsAsAnAccelerationDomain"

	// Resources occupied by this account via CNAME.
	RESOURCEINUSE_CNAME = "ResourceInUse.Cname"

	// DNS resources occupied.
	RESOURCEINUSE_DNS = "ResourceInUse.Dns"

	// The domain name is being resolved. If you need to enable acceleration, please go to DNS Records.
	RESOURCEINUSE_DNSRECORD = "ResourceInUse.DnsRecord"

	// Duplicate alias domain names.
	RESOURCEINUSE_DUPLICATENAME = "ResourceInUse.DuplicateName"

	// Resources occupied by the wildcard domain name.
	RESOURCEINUSE_GENERICHOST = "ResourceInUse.GenericHost"

	// Resources occupied by the subdomain names under this account.
	RESOURCEINUSE_HOST = "ResourceInUse.Host"

	// Resources occupied by this account via NS.
	RESOURCEINUSE_NS = "ResourceInUse.NS"

	// The resource has been connected to EdgeOne by another user.
	RESOURCEINUSE_OTHERS = "ResourceInUse.Others"

	// Resources occupied by the alias domain names under other accounts.
	RESOURCEINUSE_OTHERSALIASDOMAIN = "ResourceInUse.OthersAliasDomain"

	// Resources occupied by other accounts via CNAME.
	RESOURCEINUSE_OTHERSCNAME = "ResourceInUse.OthersCname"

	// Resources occupied by the subdomain names under other accounts.
	RESOURCEINUSE_OTHERSHOST = "ResourceInUse.OthersHost"

	// Resources occupied by other accounts via NS.
	RESOURCEINUSE_OTHERSNS = "ResourceInUse.OthersNS"

	// The preheating origin speed limit configuration already exists and cannot be recreated. please check whether the corresponding configuration has been created.
	RESOURCEINUSE_PREFETCHORIGINLIMITALREADYEXISTS = "ResourceInUse.PrefetchOriginLimitAlreadyExists"

	// Resources occupied by this account and others via CNAME.
	RESOURCEINUSE_SELFANDOTHERSCNAME = "ResourceInUse.SelfAndOthersCname"

	// Unable to delete the shared CNAME: It is bound to an acceleration domain name. Please remove the binding first.
	RESOURCEINUSE_SHAREDCNAME = "ResourceInUse.SharedCNAME"

	// The alias domain name is already added.
	RESOURCEINUSE_ZONE = "ResourceInUse.Zone"

	// Insufficient resource.
	RESOURCEINSUFFICIENT = "ResourceInsufficient"

	// The resource doesn’t exist.
	RESOURCENOTFOUND = "ResourceNotFound"

	// The domain name is not properly accessed via DNSPod. Please try again after DNSPod access.
	RESOURCENOTFOUND_DNSPODDOMAINNOTINACCOUNT = "ResourceNotFound.DNSPodDomainNotInAccount"

	// The reasoning service does not exist.
	RESOURCENOTFOUND_INFERENCESERVICE = "ResourceNotFound.InferenceService"

	// Maximum upload size is not configured.
	RESOURCENOTFOUND_POSTMAXSIZEQUOTANOTFOUND = "ResourceNotFound.PostMaxSizeQuotaNotFound"

	// The configuration group version does not exist. Please check and try again.
	RESOURCENOTFOUND_VERSIONNOTFOUND = "ResourceNotFound.VersionNotFound"

	// Site not found.
	RESOURCENOTFOUND_ZONENOTFOUND = "ResourceNotFound.ZoneNotFound"

	// The resource is unavailable.
	RESOURCEUNAVAILABLE = "ResourceUnavailable"

	// The certificate does not exist or is not authorized.
	RESOURCEUNAVAILABLE_CERTNOTFOUND = "ResourceUnavailable.CertNotFound"

	// The domain name is already connected to EdgeOne by another account. Please retrieve it first in order to add it.
	RESOURCEUNAVAILABLE_DOMAINALREADYEXISTS = "ResourceUnavailable.DomainAlreadyExists"

	// The requested accelerated domain name doesn’t exist. 
	RESOURCEUNAVAILABLE_DOMAINNOTFOUND = "ResourceUnavailable.DomainNotFound"

	// The function does not exist or does not belong to this account.
	RESOURCEUNAVAILABLE_FUNCTIONNOTFOUND = "ResourceUnavailable.FunctionNotFound"

	// The domain name does not exist or not use a proxy.
	RESOURCEUNAVAILABLE_HOSTNOTFOUND = "ResourceUnavailable.HostNotFound"

	// KV namespace does not exist.
	RESOURCEUNAVAILABLE_NAMESPACENOTFOUND = "ResourceUnavailable.NamespaceNotFound"

	// The rule does not exist or does not belong to the account.
	RESOURCEUNAVAILABLE_RULENOTFOUND = "ResourceUnavailable.RuleNotFound"

	// The shared CNAME is used by others.
	RESOURCEUNAVAILABLE_SHAREDCNAMEALREADYEXISTS = "ResourceUnavailable.SharedCNAMEAlreadyExists"

	// The site does not exist or is not belong to this account.
	RESOURCEUNAVAILABLE_ZONENOTFOUND = "ResourceUnavailable.ZoneNotFound"

	// Resources are selling fast and currently sold out. Restocking is in progress, so new domains cannot be added at the moment. Please wait patiently.
	RESOURCESSOLDOUT_L7LACKOFRESOURCES = "ResourcesSoldOut.L7LackOfResources"

	// Unauthorized operation.
	UNAUTHORIZEDOPERATION = "UnauthorizedOperation"

	// CAM is not authorized.
	UNAUTHORIZEDOPERATION_CAMUNAUTHORIZED = "UnauthorizedOperation.CamUnauthorized"

	// Authentication error.
	UNAUTHORIZEDOPERATION_DOMAINEMPTY = "UnauthorizedOperation.DomainEmpty"

	// The sub-account is not authorized for the operation. Please get permissions first.
	UNAUTHORIZEDOPERATION_NOPERMISSION = "UnauthorizedOperation.NoPermission"

	// An unknown error occurred in the backend server.
	UNAUTHORIZEDOPERATION_UNKNOWN = "UnauthorizedOperation.Unknown"

	// Unsupported operation.
	UNSUPPORTEDOPERATION = "UnsupportedOperation"

	// The origin type of the target domain cannot be COS for an alias domain.
	UNSUPPORTEDOPERATION_TARGETNAMEORIGINTYPECOS = "UnsupportedOperation.TargetNameOriginTypeCos"
)
